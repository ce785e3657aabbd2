package com.ophos.registrar.sandbox;

/** One EPP operation: checks its rules in order, then applies it; a refusal leaves state untouched. */
interface Flow {
    EppResponse run(CommandContext context) throws EppException;
}
