package com.ophos.registrar.epp.model;

import java.util.List;

/** rgp:infData (with domain:info) or rgp:upData (after a restore): the RGP statuses. */
public record RgpResData(List<String> statuses) implements ResponseExtension {
    public RgpResData {
        statuses = List.copyOf(statuses);
    }
}
