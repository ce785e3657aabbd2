package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.util.List;
import java.util.Optional;

/**
 * A parsed client frame.
 *
 * @param verb       the command element ({@code <create>}, {@code <transfer>}, ...), or the frnic
 *                   command for AFNIC's extension-only commands
 * @param object     the object element inside the verb ({@code <domain:create>}); for login, poll and
 *                   frnic commands the verb itself
 * @param extensions children of {@code <extension>}
 */
record EppCommand(EppCommandType type, Optional<String> clientTransactionId, XmlElement verb, XmlElement object,
                  List<XmlElement> extensions) {

    Optional<XmlElement> extension(String namespace, String localName) {
        return extensions.stream().filter(e -> e.is(namespace, localName)).findFirst();
    }

    /** Reads the frame's type; 2001 for what is not an EPP command, 2000/2307 for unknown ones. */
    static EppCommand parse(XmlElement epp) throws EppException {
        List<XmlElement> top = epp.children();
        if (top.size() != 1) {
            throw new EppException.SyntaxError("<epp> must hold exactly one element");
        }
        XmlElement root = top.get(0);
        if (root.is(EppNamespaces.EPP, "hello")) {
            return new EppCommand(EppCommandType.HELLO, Optional.empty(), root, root, List.of());
        }
        if (root.is(EppNamespaces.EPP, "extension")) {
            return frnicCommand(root);
        }
        if (!root.is(EppNamespaces.EPP, "command")) {
            throw new EppException.SyntaxError("expected <hello> or <command>, got <" + root.name() + ">");
        }
        List<XmlElement> parts = root.children();
        if (parts.isEmpty() || !EppNamespaces.EPP.equals(parts.get(0).namespace())) {
            throw new EppException.SyntaxError("<command> must start with a command element");
        }
        XmlElement verb = parts.get(0);
        Optional<String> clTRID = root.childText(EppNamespaces.EPP, "clTRID");
        List<XmlElement> extensions = root.child(EppNamespaces.EPP, "extension")
                .map(XmlElement::children).orElse(List.of());
        switch (verb.name()) {
            case "login":
                return new EppCommand(EppCommandType.LOGIN, clTRID, verb, verb, extensions);
            case "logout":
                return new EppCommand(EppCommandType.LOGOUT, clTRID, verb, verb, extensions);
            case "poll":
                return new EppCommand(EppCommandType.POLL, clTRID, verb, verb, extensions);
            case "check", "info", "create", "renew", "update", "delete", "transfer":
                break;
            default:
                throw new EppException.UnknownCommand("<" + verb.name() + "> is not an EPP command");
        }
        List<XmlElement> objects = verb.children();
        if (objects.size() != 1) {
            throw new EppException.SyntaxError("<" + verb.name() + "> must hold one object element");
        }
        XmlElement object = objects.get(0);
        EppCommandType type = EppCommandType.of(verb.name(), object.namespace()).orElseThrow(
                () -> new EppException.UnimplementedObjectService(
                        "no " + verb.name() + " for objects of " + object.namespace()));
        return new EppCommand(type, clTRID, verb, object, extensions);
    }

    private static EppCommand frnicCommand(XmlElement extension) throws EppException {
        XmlElement command = extension.child(EppNamespaces.FRNIC, "ext")
                .flatMap(ext -> ext.child(EppNamespaces.FRNIC, "command"))
                .orElseThrow(() -> new EppException.SyntaxError("a bare <extension> must hold frnic:ext/frnic:command"));
        Optional<String> clTRID = command.childText(EppNamespaces.FRNIC, "clTRID");
        Optional<XmlElement> trade = command.child(EppNamespaces.FRNIC, "trade");
        if (trade.isPresent()) {
            return new EppCommand(EppCommandType.FRNIC_TRADE, clTRID, trade.get(), trade.get(), List.of());
        }
        Optional<XmlElement> recover = command.child(EppNamespaces.FRNIC, "recover");
        if (recover.isPresent()) {
            return new EppCommand(EppCommandType.FRNIC_RECOVER, clTRID, recover.get(), recover.get(), List.of());
        }
        throw new EppException.UnimplementedCommand("frnic command not implemented");
    }
}
