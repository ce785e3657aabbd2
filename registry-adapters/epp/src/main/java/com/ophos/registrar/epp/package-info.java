/**
 * EPP client core (RFC 5730-5734) used by the registry adapters: typed messages ({@code model}), a
 * hardened StAX codec ({@code codec}), RFC 5734 framing over Vert.x TLS ({@code transport}) and a session
 * pool ({@code session}) behind {@link com.ophos.registrar.epp.EppClient}. Depends on the adapter SPI only.
 *
 * <p>An adapter builds one client per registry and sends commands with the journal's clTRID:
 * <pre>{@code
 * EppClientConfig config = EppClientConfig.fromRegistry(id, registry, Optional.empty(),
 *         List.of(EppNamespaces.DOMAIN, EppNamespaces.CONTACT, EppNamespaces.HOST),
 *         List.of(EppNamespaces.SEC_DNS, EppNamespaces.RGP, EppNamespaces.FEE, EppNamespaces.NAMESTORE));
 * EppClient client = new EppClient(config, vertx, meterRegistry, new WireLog(wireLogDir));
 * client.execute(EppCommand.of(new DomainCommand.Renew(name, expiry, Optional.of(Period.years(1))),
 *         clTRID, new NamestoreExtension("dotCOM")))
 *       .map(response -> response.isSuccess() ? ... : ... response.outcome() ...);
 * }</pre>
 * A registry answer, whatever its code, arrives as an {@link com.ophos.registrar.epp.model.EppResponse};
 * no answer fails with an {@link com.ophos.registrar.epp.EppException} whose outcome is UNKNOWN (maybe
 * applied: reconcile) or UNAVAILABLE (nothing sent). Send an extension only when
 * {@link com.ophos.registrar.epp.EppClient#negotiated()} has it; otherwise the client refuses the command
 * with {@link com.ophos.registrar.epp.EppNotNegotiatedException} before sending.
 */
package com.ophos.registrar.epp;
