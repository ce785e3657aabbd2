package com.ophos.registrar.epp.model;

/** Typed content of a response's {@code <extension>}. */
public sealed interface ResponseExtension permits FeeResData, RgpResData, FrnicResData, UnknownExtension {
}
