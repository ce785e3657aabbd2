package com.ophos.registrar.jobs;

/** The result of one item of a run, with a line support staff can read. */
public record ItemResult(Status status, String detail) {

    public enum Status { DONE, SKIPPED, FAILED }

    public static ItemResult done(String detail) {
        return new ItemResult(Status.DONE, detail);
    }

    public static ItemResult skipped(String detail) {
        return new ItemResult(Status.SKIPPED, detail);
    }

    public static ItemResult failed(String detail) {
        return new ItemResult(Status.FAILED, detail);
    }
}
