package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** domain:create. */
final class DomainCreateFlow implements Flow {

    @Override
    public EppResponse run(CommandContext context) throws EppException {
        XmlElement create = context.object();
        SandboxSettings settings = context.settings();
        String name = DomainNames.registrable(create.requiredText(EppNamespaces.DOMAIN, "name"), settings);
        SubProducts.require(context, List.of(name));
        if (context.state().domains.containsKey(name)) {
            throw new EppException.ObjectExists("domain " + name);
        }
        int years = Periods.years(create.child(EppNamespaces.DOMAIN, "period"));
        if (!settings.createYears().contains(years)) {
            throw new EppException.ParameterValuePolicy("a create for " + years + " years is not allowed here");
        }
        List<String> nameservers = Nameservers.parse(context, create.child(EppNamespaces.DOMAIN, "ns"));
        Nameservers.requireCount(settings, nameservers);
        Optional<String> registrant = create.childText(EppNamespaces.DOMAIN, "registrant");
        if (registrant.isPresent()) {
            DomainContacts.requireExists(context, registrant.get());
        } else if (settings.flavour() == SandboxFlavour.AFNIC) {
            throw new EppException.RequiredParameterMissing("domain:registrant is required");
        }
        Map<String, List<String>> contacts =
                DomainContacts.parse(context, create.children(EppNamespaces.DOMAIN, "contact"));
        DomainContacts.requireAfnicCounts(context, contacts);
        String authInfo = create.required(EppNamespaces.DOMAIN, "authInfo").requiredText(EppNamespaces.DOMAIN, "pw");
        List<DsData> dsData = DsRecords.fromCreate(context);
        Optional<Tariff> tariff = FeeExtension.tariff(context, name);
        BigDecimal price = tariff.map(t -> t.price(Tariff.FeeCommand.CREATE, years)).orElse(BigDecimal.ZERO);
        FeeExtension.verifyEcho(context, "create", tariff, price);

        Instant now = context.now();
        DomainObject domain = new DomainObject(name, context.state().newRoid("DOMAIN"), context.clientId(), now,
                now.atZone(ZoneOffset.UTC).plusYears(years).toInstant(), settings.addGrace());
        domain.registrant = registrant.orElse(null);
        domain.contacts.putAll(contacts);
        domain.nameservers.addAll(nameservers);
        domain.dsData.addAll(dsData);
        domain.authInfo = authInfo;
        domain.createFee = price;
        context.state().domains.put(name, domain);

        EppResponse response = EppResponse.ok().withResData(out -> out.start(EppNamespaces.DOMAIN, "creData")
                .element(EppNamespaces.DOMAIN, "name", name)
                .element(EppNamespaces.DOMAIN, "crDate", XmlOut.dateTime(domain.created))
                .element(EppNamespaces.DOMAIN, "exDate", XmlOut.dateTime(domain.expires)).end());
        return FeeExtension.charged(context, "creData", tariff, price, Optional.of(years))
                .map(response::withExtension).orElse(response);
    }
}
