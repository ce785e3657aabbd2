/**
 * EPP client core (RFC 5730-5734) used by the registry adapters: typed messages ({@code model}), a
 * hardened StAX codec ({@code codec}), RFC 5734 framing over Vert.x TLS ({@code transport}) and a session
 * pool ({@code session}) behind {@link com.ophos.registrar.epp.EppClient}. Depends on the adapter SPI only.
 */
package com.ophos.registrar.epp;
