package com.ophos.registrar.sandbox;

import java.time.Duration;

/**
 * Faults a test or benchmark switches on at runtime. Command faults hit every command except hello,
 * login and logout, so a client can always reconnect; login faults are separate.
 */
public final class SandboxFaults {
    private volatile Duration latency = Duration.ZERO;
    private volatile FaultTrigger closeBeforeApplying = FaultTrigger.never();
    private volatile FaultTrigger closeAfterApplying = FaultTrigger.never();
    private volatile FaultTrigger commandFailure = FaultTrigger.never();
    private volatile FaultTrigger stall = FaultTrigger.never();
    private volatile FaultTrigger stallAfterApplying = FaultTrigger.never();
    private volatile boolean refuseLogins;
    private volatile boolean sessionLimitReached;
    private volatile FaultTrigger loginSessionLimit = FaultTrigger.never();

    /** Delays every answer (greeting after connect excluded) by this much. */
    public SandboxFaults latency(Duration value) {
        latency = value;
        return this;
    }

    /** Reads the command, then closes the connection without applying or answering it. */
    public SandboxFaults closeBeforeApplying(FaultTrigger trigger) {
        closeBeforeApplying = trigger;
        return this;
    }

    /** Applies the command, then closes the connection without answering: an unknown outcome. */
    public SandboxFaults closeAfterApplying(FaultTrigger trigger) {
        closeAfterApplying = trigger;
        return this;
    }

    /** Answers 2400 without applying. */
    public SandboxFaults failCommands(FaultTrigger trigger) {
        commandFailure = trigger;
        return this;
    }

    /** Reads the command and never answers, keeping the connection open. */
    public SandboxFaults stall(FaultTrigger trigger) {
        stall = trigger;
        return this;
    }

    /**
     * Applies the command and never answers, keeping the connection open: the registry holds the result
     * while the client still waits for it, e.g. when the client dies mid-command.
     */
    public SandboxFaults stallAfterApplying(FaultTrigger trigger) {
        stallAfterApplying = trigger;
        return this;
    }

    /** Every login answered 2501 and the connection closed. */
    public SandboxFaults refuseLogins(boolean value) {
        refuseLogins = value;
        return this;
    }

    /** Every login answered 2502 and the connection closed, as if all sessions were taken. */
    public SandboxFaults sessionLimitReached(boolean value) {
        sessionLimitReached = value;
        return this;
    }

    /** Logins hit by the trigger are answered 2502 and the connection closed: the limit reached now and then. */
    public SandboxFaults sessionLimitAtLogin(FaultTrigger trigger) {
        loginSessionLimit = trigger;
        return this;
    }

    public SandboxFaults clear() {
        latency = Duration.ZERO;
        closeBeforeApplying = FaultTrigger.never();
        closeAfterApplying = FaultTrigger.never();
        commandFailure = FaultTrigger.never();
        stall = FaultTrigger.never();
        stallAfterApplying = FaultTrigger.never();
        refuseLogins = false;
        sessionLimitReached = false;
        loginSessionLimit = FaultTrigger.never();
        return this;
    }

    Duration latency() {
        return latency;
    }

    boolean closesBeforeApplying(EppCommandType type) {
        return closeBeforeApplying.fires(type);
    }

    boolean closesAfterApplying(EppCommandType type) {
        return closeAfterApplying.fires(type);
    }

    boolean failsCommand(EppCommandType type) {
        return commandFailure.fires(type);
    }

    boolean stalls(EppCommandType type) {
        return stall.fires(type);
    }

    boolean stallsAfterApplying(EppCommandType type) {
        return stallAfterApplying.fires(type);
    }

    boolean refusesLogins() {
        return refuseLogins;
    }

    boolean sessionLimitReached() {
        return sessionLimitReached || loginSessionLimit.fires(EppCommandType.LOGIN);
    }
}
