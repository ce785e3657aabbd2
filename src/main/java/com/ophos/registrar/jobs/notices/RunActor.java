package com.ophos.registrar.jobs.notices;

/** The actor named in audit events the scheduled runs write. */
final class RunActor {
    static final String NAME = "scheduler";

    private RunActor() {
    }
}
