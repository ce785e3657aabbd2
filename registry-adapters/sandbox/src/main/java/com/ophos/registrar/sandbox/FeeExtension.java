package com.ophos.registrar.sandbox;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * RFC 8748 on the server side: a fee the client echoes must equal the price, or the command fails
 * with 2004 and nothing is charged; transform answers carry what was charged.
 */
final class FeeExtension {

    private FeeExtension() {
    }

    static Optional<Tariff> tariff(CommandContext context, String domainName) {
        return context.state().tariff(DomainNames.tld(domainName));
    }

    /**
     * @param element the command's fee element: create, renew, transfer, or update (restore)
     */
    static void verifyEcho(CommandContext context, String element, Optional<Tariff> tariff, BigDecimal price)
            throws EppException {
        Optional<String> namespace = context.feeNamespace();
        if (namespace.isEmpty()) {
            return;
        }
        Optional<XmlElement> echo = context.command().extension(namespace.get(), element);
        if (echo.isEmpty()) {
            return;
        }
        if (tariff.isEmpty()) {
            throw new EppException.ParameterValueRange("no fee is known for this name; do not send fee:" + element);
        }
        Optional<String> currency = echo.get().childText(namespace.get(), "currency");
        if (currency.isPresent() && !currency.get().equals(tariff.get().currency())) {
            throw new EppException.ParameterValueRange(
                    "fee currency " + currency.get() + " is not " + tariff.get().currency());
        }
        BigDecimal echoed = BigDecimal.ZERO;
        for (String amount : echo.get().childTexts(namespace.get(), "fee")) {
            try {
                echoed = echoed.add(new BigDecimal(amount));
            } catch (NumberFormatException e) {
                throw new EppException.ParameterValueSyntax("fee " + amount + " is not a decimal");
            }
        }
        if (echoed.compareTo(price) != 0) {
            throw new EppException.ParameterValueRange(
                    "fee " + echoed.toPlainString() + " does not match the price " + price.toPlainString());
        }
    }

    /** fee:creData, fee:renData, ... with the amount charged, when fees were negotiated. */
    static Optional<Consumer<XmlOut>> charged(CommandContext context, String element, Optional<Tariff> tariff,
                                              BigDecimal amount, Optional<Integer> years) {
        if (context.feeNamespace().isEmpty() || tariff.isEmpty()) {
            return Optional.empty();
        }
        String ns = context.feeNamespace().get();
        return Optional.of(out -> {
            out.start(ns, element).element(ns, "currency", tariff.get().currency());
            years.ifPresent(y -> out.start(ns, "period").attribute("unit", "y").text(y.toString()).end());
            out.element(ns, "fee", amount.toPlainString()).end();
        });
    }

    /** fee:delData with the credit given back for a deletion within the add grace period. */
    static Optional<Consumer<XmlOut>> credited(CommandContext context, String currency, BigDecimal credit) {
        if (context.feeNamespace().isEmpty()) {
            return Optional.empty();
        }
        String ns = context.feeNamespace().get();
        return Optional.of(out -> out.start(ns, "delData").element(ns, "currency", currency)
                .element(ns, "credit", credit.negate().toPlainString()).end());
    }

    /** fee:chkData for a domain:check that carried fee:check; null when it carried none. */
    static Optional<Consumer<XmlOut>> checkData(CommandContext context, List<String> names) throws EppException {
        Optional<String> namespace = context.feeNamespace();
        if (namespace.isEmpty()) {
            return Optional.empty();
        }
        String ns = namespace.get();
        Optional<XmlElement> check = context.command().extension(ns, "check");
        if (check.isEmpty()) {
            return Optional.empty();
        }
        String currency = names.stream().map(name -> tariff(context, name)).flatMap(Optional::stream)
                .map(Tariff::currency).findFirst().orElse("EUR");
        Optional<String> asked = check.get().childText(ns, "currency");
        if (asked.isPresent() && !asked.get().equals(currency)) {
            throw new EppException.ParameterValuePolicy("currency " + asked.get() + " is not offered; use " + currency);
        }
        List<FeeQuery> queries = FeeQuery.parse(check.get(), ns);
        return Optional.of(out -> {
            out.start(ns, "chkData").element(ns, "currency", currency);
            for (String name : names) {
                writeCheckData(context, out, ns, name, queries);
            }
            out.end();
        });
    }

    private static void writeCheckData(CommandContext context, XmlOut out, String ns, String name,
                                       List<FeeQuery> queries) {
        Optional<Tariff> tariff = tariff(context, name);
        if (tariff.isEmpty()) {
            out.start(ns, "cd").attribute("avail", "0").element(ns, "objID", name)
                    .element(ns, "reason", "no tariff for this TLD").end();
            return;
        }
        out.start(ns, "cd").element(ns, "objID", name);
        for (FeeQuery query : queries) {
            out.start(ns, "command").attribute("name", query.name());
            Optional<Tariff.FeeCommand> command = query.command();
            if (command.isPresent() && command.get() != Tariff.FeeCommand.RESTORE) {
                out.start(ns, "period").attribute("unit", "y").text(Integer.toString(query.years())).end();
            }
            if (command.isEmpty()) {
                out.element(ns, "reason", "command not priced by this registry");
            } else if (!periodAllowed(context.settings(), command.get(), query.years())) {
                out.element(ns, "reason", "period of " + query.years() + " years not allowed");
            } else {
                out.element(ns, "fee", tariff.get().price(command.get(), query.years()).toPlainString());
            }
            out.end();
        }
        out.end();
    }

    private static boolean periodAllowed(SandboxSettings settings, Tariff.FeeCommand command, int years) {
        return switch (command) {
            case CREATE -> settings.createYears().contains(years);
            case RENEW, TRANSFER -> settings.renewYears().contains(years);
            case RESTORE -> true;
        };
    }

    /** One fee:command of a fee:check. */
    private record FeeQuery(String name, Optional<Tariff.FeeCommand> command, int years) {
        static List<FeeQuery> parse(XmlElement check, String ns) throws EppException {
            List<FeeQuery> queries = new java.util.ArrayList<>();
            for (XmlElement command : check.children(ns, "command")) {
                String name = command.attribute("name").orElseThrow(
                        () -> new EppException.RequiredParameterMissing("fee:command needs a name"));
                Optional<Tariff.FeeCommand> priced = java.util.Arrays.stream(Tariff.FeeCommand.values())
                        .filter(c -> c.eppName().equals(name)).findFirst();
                int years = Periods.years(command.child(ns, "period"));
                queries.add(new FeeQuery(name, priced, years));
            }
            return queries;
        }
    }
}
