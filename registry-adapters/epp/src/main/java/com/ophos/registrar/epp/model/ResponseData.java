package com.ophos.registrar.epp.model;

/** Typed {@code <resData>} content. */
public sealed interface ResponseData permits DomainResData, ContactResData, HostResData, UnknownResData {
}
