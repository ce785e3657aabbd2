package com.ophos.registrar.epp.model;

/**
 * resData of an object the codec does not model (a poll message about some other object type): kept by
 * its qualified name so that a poll can still be read and acknowledged; the full frame is in
 * {@link EppResponse#xml()}.
 */
public record UnknownResData(String namespace, String localName) implements ResponseData {
}
