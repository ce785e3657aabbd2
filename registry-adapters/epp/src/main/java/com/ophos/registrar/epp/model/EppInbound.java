package com.ophos.registrar.epp.model;

/** What a server sends: a greeting (on connect and in answer to hello) or a response. */
public sealed interface EppInbound permits Greeting, EppResponse {
}
