package com.ophos.registrar.adapters;

import com.ophos.registrar.epp.ClTrid;
import com.ophos.registrar.epp.EppHealth;
import com.ophos.registrar.epp.EppUnavailableException;
import com.ophos.registrar.epp.Negotiated;
import com.ophos.registrar.epp.model.CheckItem;
import com.ophos.registrar.epp.model.Command;
import com.ophos.registrar.epp.model.CommandExtension;
import com.ophos.registrar.epp.model.ContactCommand;
import com.ophos.registrar.epp.model.ContactResData;
import com.ophos.registrar.epp.model.DomainCommand;
import com.ophos.registrar.epp.model.DomainResData;
import com.ophos.registrar.epp.model.EppCommand;
import com.ophos.registrar.epp.model.EppNamespaces;
import com.ophos.registrar.epp.model.EppResponse;
import com.ophos.registrar.epp.model.FeeExtension;
import com.ophos.registrar.epp.model.FeeResData;
import com.ophos.registrar.epp.model.HostAddress;
import com.ophos.registrar.epp.model.HostCommand;
import com.ophos.registrar.epp.model.HostResData;
import com.ophos.registrar.epp.model.Period;
import com.ophos.registrar.epp.model.PollCommand;
import com.ophos.registrar.epp.model.ResultCodes;
import com.ophos.registrar.epp.model.RgpExtension;
import com.ophos.registrar.epp.model.RgpResData;
import com.ophos.registrar.epp.model.SecDnsExtension;
import com.ophos.registrar.registry.spi.CommandQuote;
import com.ophos.registrar.registry.spi.ContactCreate;
import com.ophos.registrar.registry.spi.ContactCreated;
import com.ophos.registrar.registry.spi.ContactData;
import com.ophos.registrar.registry.spi.ContactInfo;
import com.ophos.registrar.registry.spi.ContactUpdate;
import com.ophos.registrar.registry.spi.DomainAvailability;
import com.ophos.registrar.registry.spi.DomainCheck;
import com.ophos.registrar.registry.spi.DomainContacts;
import com.ophos.registrar.registry.spi.DomainCreate;
import com.ophos.registrar.registry.spi.DomainCreated;
import com.ophos.registrar.registry.spi.DomainDelete;
import com.ophos.registrar.registry.spi.DomainInfo;
import com.ophos.registrar.registry.spi.DomainInfoQuery;
import com.ophos.registrar.registry.spi.DomainRenew;
import com.ophos.registrar.registry.spi.DomainRenewed;
import com.ophos.registrar.registry.spi.DomainRestore;
import com.ophos.registrar.registry.spi.DomainTransfer;
import com.ophos.registrar.registry.spi.DomainUpdate;
import com.ophos.registrar.registry.spi.Fee;
import com.ophos.registrar.registry.spi.FeeQuery;
import com.ophos.registrar.registry.spi.Glue;
import com.ophos.registrar.registry.spi.HolderChange;
import com.ophos.registrar.registry.spi.Outcome;
import com.ophos.registrar.registry.spi.PollMessage;
import com.ophos.registrar.registry.spi.PriceSource;
import com.ophos.registrar.registry.spi.Quote;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.SharedSessions;
import com.ophos.registrar.registry.spi.RegistryException;
import com.ophos.registrar.registry.spi.RegistryHealth;
import com.ophos.registrar.registry.spi.RegistryPolicy;
import com.ophos.registrar.registry.spi.RegistryReceipt;
import com.ophos.registrar.registry.spi.TransferState;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The SPI spoken in plain RFC 5730-5734 EPP through the EPP core's session pool. Registry dialects
 * (Verisign, AFNIC) override the few hooks where their registry differs: extensions every domain
 * command carries, how checks are batched, contact data, holder change.
 *
 * <p>Every method fails its {@code Uni} with a {@link RegistryException} only. Input the registry's
 * policy refuses is refused here, before any frame is built; 2xxx answers carry the registry's code;
 * a command without answer is {@code UNAVAILABLE} when nothing was sent and {@code UNKNOWN} after.
 */
public abstract class EppRegistryAdapter implements RegistryAdapter, SharedSessions {
    private static final String[] RESTORE_STATEMENTS = {
            "This registrar has not restored the name in order to assume the rights to use or sell it for "
                    + "itself or for any third party.",
            "The information in this report is true to the best of this registrar's knowledge, and this registrar "
                    + "acknowledges that intentionally supplying false information in this report is a material "
                    + "breach of the registry-registrar agreement."};
    private static final int MAX_CLTRID = 64;
    private static final String PENDING_RESTORE = "pendingRestore";
    /** RFC 5730 result code: the object to create exists already. */
    private static final int OBJECT_EXISTS = 2302;

    protected final AdapterContext context;
    protected final Refusals refusals;

    protected EppRegistryAdapter(AdapterContext context) {
        this.context = context;
        this.refusals = new Refusals(context.registryId());
    }

    @Override
    public String registryId() {
        return context.registryId();
    }

    @Override
    public RegistryPolicy policy() {
        return context.policy();
    }

    // ---- hooks of registry dialects ----------------------------------------------------------------

    /** Extensions every command about this domain carries (Verisign: namestoreExt). */
    protected List<CommandExtension> domainExtensions(String domain) {
        return List.of();
    }

    /** Extensions a host command carries when made on behalf of this domain. */
    protected List<CommandExtension> hostExtensions(String domain) {
        return domainExtensions(domain);
    }

    /** Names per domain:check; the default only respects the registry's batch size. */
    protected List<List<String>> checkBatches(List<String> names) {
        return Batches.of(names, policy().maxNamesPerCheck());
    }

    /** A reason the registry gives for a name outside domain:chkData (AFNIC reserved/forbidden flags). */
    protected Optional<String> extraCheckReason(EppResponse response, String name) {
        return Optional.empty();
    }

    /** Why this contact cannot be created at this registry; empty when it can. */
    protected Optional<String> contactRefusal(ContactData data) {
        return Optional.empty();
    }

    /** Registry data a contact:create carries besides RFC 5733's (AFNIC: frnic legal entity). */
    protected List<CommandExtension> contactExtensions(ContactData data) {
        return List.of();
    }

    /** Registry data a contact:update carries besides RFC 5733's (AFNIC: the legal entity as it is now). */
    protected List<CommandExtension> contactUpdateExtensions(ContactData data) {
        return List.of();
    }

    // ---- domains -----------------------------------------------------------------------------------

    @Override
    public Uni<List<DomainAvailability>> checkDomains(DomainCheck check) {
        return guarded(null, () -> {
            Optional<String> unserved = check.names().stream().filter(name -> tldOf(name).isEmpty()).findFirst();
            if (unserved.isPresent()) {
                return refuse(unserved.get() + " is not a TLD of this registry " + policy().tlds(), null);
            }
            if (check.names().isEmpty()) {
                return Uni.createFrom().item(List.of());
            }
            return negotiated().chain(negotiated -> {
                boolean registryPrices = check.withFees() && negotiated.hasExtension(EppNamespaces.FEE);
                List<Uni<List<DomainAvailability>>> batches = checkBatches(check.names()).stream()
                        .map(batch -> checkBatch(batch, check.withFees(), registryPrices)).toList();
                return Uni.join().all(batches).andFailFast()
                        .map(lists -> inRequestOrder(check.names(), lists.stream().flatMap(List::stream).toList()));
            });
        });
    }

    private Uni<List<DomainAvailability>> checkBatch(List<String> names, boolean withFees, boolean registryPrices) {
        List<CommandExtension> extensions = new ArrayList<>();
        if (registryPrices) {
            extensions.add(new FeeExtension.Check(Optional.of(context.currency()),
                    List.of(FeeExtension.CommandQuery.of("create", Period.years(1)),
                            FeeExtension.CommandQuery.of("renew", Period.years(1)))));
        }
        EppCommand command = domainCommand(new DomainCommand.Check(names), queryTrid(), names.get(0), extensions);
        return send(command).map(response -> {
            List<CheckItem> items = response.data(DomainResData.CheckData.class).orElseThrow(() ->
                    new IllegalStateException("domain:check answered without domain:chkData")).items();
            Optional<FeeResData.CheckData> fees = response.extension(FeeResData.CheckData.class);
            return items.stream().map(item -> new DomainAvailability(item.name(), item.available(),
                    item.reason().or(() -> extraCheckReason(response, item.name())),
                    !withFees ? Optional.empty()
                            : registryPrices ? fees.flatMap(f -> registryQuote(f, item.name()))
                            : tariffQuote(item.name()))).toList();
        });
    }

    /** Batches may regroup the names (Verisign per subProduct); the caller gets them in its order. */
    private static List<DomainAvailability> inRequestOrder(List<String> names, List<DomainAvailability> answers) {
        Map<String, DomainAvailability> byName = new HashMap<>();
        answers.forEach(answer -> byName.put(answer.name().toLowerCase(Locale.ROOT), answer));
        return names.stream().map(name -> Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)))
                .orElseThrow(() -> new IllegalStateException("domain:check did not answer for " + name))).toList();
    }

    private static Optional<Quote> registryQuote(FeeResData.CheckData fees, String name) {
        return fees.item(name).map(item -> new Quote(
                item.command("create").filter(c -> !c.fees().isEmpty()).map(c -> new Fee(c.total(), fees.currency())),
                item.command("renew").filter(c -> !c.fees().isEmpty()).map(c -> new Fee(c.total(), fees.currency())),
                PriceSource.REGISTRY_FEE_EXTENSION,
                item.classification().map(c -> c.equalsIgnoreCase("premium")).orElse(false)));
    }

    private Optional<Quote> tariffQuote(String name) {
        return tldOf(name).flatMap(policy()::tariff).map(tariff -> new Quote(Optional.of(tariff.create()),
                Optional.of(tariff.renew()), PriceSource.CONFIGURED_TARIFF, false));
    }

    /**
     * RFC 8748: a domain:check carrying fee:check for the one command, answered in the registry's
     * currency. A registry without the fee extension, or one that does not price the command for the
     * name, is quoted by the configured tariff.
     */
    @Override
    public Uni<Optional<CommandQuote>> quoteFee(FeeQuery query) {
        return guarded(null, () -> {
            Optional<String> refusal = unserved(query.name());
            if (refusal.isPresent()) {
                return refuse(refusal.get(), null);
            }
            Optional<CommandQuote> tariff = policy().tariffPrice(query)
                    .map(fee -> new CommandQuote(fee, PriceSource.CONFIGURED_TARIFF));
            return negotiated().chain(negotiated -> {
                if (!negotiated.hasExtension(EppNamespaces.FEE)) {
                    return Uni.createFrom().item(tariff);
                }
                String command = query.command().eppName();
                FeeExtension.CommandQuery asked = query.command() == FeeQuery.Command.RESTORE
                        ? FeeExtension.CommandQuery.of(command)
                        : FeeExtension.CommandQuery.of(command, Period.years(query.years()));
                EppCommand check = domainCommand(new DomainCommand.Check(List.of(query.name())), queryTrid(),
                        query.name(), List.of(new FeeExtension.Check(Optional.of(context.currency()), List.of(asked))));
                return send(check).map(response -> response.extension(FeeResData.CheckData.class)
                        .flatMap(fees -> fees.item(query.name()).flatMap(item -> item.command(command))
                                .filter(priced -> !priced.fees().isEmpty())
                                .map(priced -> new CommandQuote(new Fee(priced.total(), fees.currency()),
                                        PriceSource.REGISTRY_FEE_EXTENSION)))
                        .or(() -> tariff));
            });
        });
    }

    @Override
    public Uni<DomainCreated> createDomain(DomainCreate create) {
        return guarded(create.clTRID(), () -> {
            Optional<String> refusal = unserved(create.name())
                    .or(() -> periodRefusal("create", create.years(), policy().createYears()))
                    .or(() -> domainContactRefusal(create.contacts()))
                    .or(() -> nameserverCountRefusal(create.nameservers().size()))
                    .or(() -> subordinateHostRefusal(create));
            if (refusal.isPresent()) {
                return refuse(refusal.get(), create.clTRID());
            }
            return negotiated().chain(negotiated -> {
                List<CommandExtension> extensions = new ArrayList<>();
                if (!create.dsData().isEmpty()) {
                    if (!negotiated.hasExtension(EppNamespaces.SEC_DNS)) {
                        return refuse("DS records need secDNS-1.1, which the registry does not offer", create.clTRID());
                    }
                    extensions.add(new SecDnsExtension.Create(create.dsData()));
                }
                feeEcho(negotiated, FeeExtension.TransformKind.CREATE, create.expectedFee()).ifPresent(extensions::add);
                return nameServers(create.name(), create.nameservers(), create.glue()).chain(nameServers -> send(domainCommand(
                        new DomainCommand.Create(create.name(), Optional.of(Period.years(create.years())), nameServers,
                                Optional.of(create.contacts().holder()), contactRefs(create.contacts()),
                                create.authInfo()), create.clTRID(), create.name(), extensions)))
                        .map(response -> {
                            Optional<DomainResData.CreateData> data = response.data(DomainResData.CreateData.class);
                            Instant createdAt = data.map(DomainResData.CreateData::createdAt).orElse(Instant.now());
                            Instant expiresAt = data.flatMap(DomainResData.CreateData::expiresAt).orElse(
                                    createdAt.atOffset(ZoneOffset.UTC).plusYears(create.years()).toInstant());
                            return new DomainCreated(create.name(), createdAt, expiresAt,
                                    receipt(response, create.clTRID()));
                        });
            });
        });
    }

    @Override
    public Uni<DomainRenewed> renewDomain(DomainRenew renew) {
        return guarded(renew.clTRID(), () -> {
            Optional<String> refusal = unserved(renew.name())
                    .or(() -> periodRefusal("renew", renew.years(), policy().renewYears()));
            if (refusal.isPresent()) {
                return refuse(refusal.get(), renew.clTRID());
            }
            return negotiated().chain(negotiated -> send(domainCommand(
                    new DomainCommand.Renew(renew.name(), renew.currentExpiry(), Optional.of(Period.years(renew.years()))),
                    renew.clTRID(), renew.name(),
                    feeEcho(negotiated, FeeExtension.TransformKind.RENEW, renew.expectedFee()).stream().toList())))
                    .map(response -> new DomainRenewed(renew.name(),
                            response.data(DomainResData.RenewData.class).flatMap(DomainResData.RenewData::expiresAt)
                                    .orElse(renew.currentExpiry().plusYears(renew.years())
                                            .atStartOfDay(ZoneOffset.UTC).toInstant()),
                            receipt(response, renew.clTRID())));
        });
    }

    @Override
    public Uni<DomainInfo> infoDomain(DomainInfoQuery query) {
        return guarded(null, () -> {
            Optional<String> refusal = unserved(query.name());
            if (refusal.isPresent()) {
                return refuse(refusal.get(), null);
            }
            return send(domainCommand(new DomainCommand.Info(query.name(), "all", query.authInfo()), queryTrid(),
                    query.name(), List.of())).map(response -> DomainInfos.of(response, context.clientId()));
        });
    }

    @Override
    public Uni<RegistryReceipt> updateDomain(DomainUpdate update) {
        return guarded(update.clTRID(), () -> {
            Optional<String> refusal = unserved(update.name());
            if (refusal.isPresent()) {
                return refuse(refusal.get(), update.clTRID());
            }
            return negotiated().chain(negotiated -> {
                List<CommandExtension> extensions = new ArrayList<>();
                if (!update.addDs().isEmpty() || !update.removeDs().isEmpty()) {
                    if (!negotiated.hasExtension(EppNamespaces.SEC_DNS)) {
                        return refuse("DS records need secDNS-1.1, which the registry does not offer", update.clTRID());
                    }
                    extensions.add(new SecDnsExtension.Update(update.addDs(), update.removeDs(), false));
                }
                return nameServers(update.name(), update.addNameservers(), update.glue()).chain(added -> {
                    DomainCommand.Changes add = new DomainCommand.Changes(added, List.of(),
                            statuses(update.addStatuses()));
                    DomainCommand.Changes remove = new DomainCommand.Changes(
                            referencedNameServers(update.removeNameservers()), List.of(),
                            statuses(update.removeStatuses()));
                    return send(domainCommand(new DomainCommand.Update(update.name(), add, remove, Optional.empty(),
                            update.newAuthInfo()), update.clTRID(), update.name(), extensions));
                }).map(response -> receipt(response, update.clTRID()));
            });
        });
    }

    @Override
    public Uni<RegistryReceipt> deleteDomain(DomainDelete delete) {
        return guarded(delete.clTRID(), () -> unserved(delete.name())
                .<Uni<RegistryReceipt>>map(refusal -> refuse(refusal, delete.clTRID()))
                .orElseGet(() -> send(domainCommand(new DomainCommand.Delete(delete.name()), delete.clTRID(),
                        delete.name(), List.of())).map(response -> receipt(response, delete.clTRID()))));
    }

    /**
     * RFC 3915: the request, then, when the registry answers {@code pendingRestore}, the report built
     * from the name's registry data. The report gets its own clTRID (derived from the request's): some
     * registries refuse a clTRID used before. A name already in {@code pendingRestore} (a request
     * applied earlier, its answer lost) gets the report only: a second request would be refused.
     */
    @Override
    public Uni<RegistryReceipt> restoreDomain(DomainRestore restore) {
        return guarded(restore.clTRID(), () -> {
            Optional<String> refusal = unserved(restore.name());
            if (refusal.isPresent()) {
                return refuse(refusal.get(), restore.clTRID());
            }
            return negotiated().chain(negotiated -> {
                if (!negotiated.hasExtension(EppNamespaces.RGP)) {
                    return refuse("restore needs rgp-1.0, which the registry does not offer", restore.clTRID());
                }
                return send(domainCommand(new DomainCommand.Info(restore.name(), "all", Optional.empty()), queryTrid(),
                        restore.name(), List.of())).map(response -> DomainInfos.of(response, context.clientId()))
                        .chain(info -> info.rgpStatus().filter(PENDING_RESTORE::equals).isPresent()
                                // A request applied earlier whose answer was lost: only the report is missing.
                                ? report(restore, info, Optional.empty())
                                : request(restore, negotiated, info));
            });
        });
    }

    private Uni<RegistryReceipt> request(DomainRestore restore, Negotiated negotiated, DomainInfo info) {
        List<CommandExtension> extensions = new ArrayList<>();
        extensions.add(new RgpExtension.RestoreRequest());
        Optional<Fee> expected = restore.expectedFee().or(() -> tldOf(restore.name())
                .flatMap(policy()::tariff).map(RegistryPolicy.Tariff::restore));
        feeEcho(negotiated, FeeExtension.TransformKind.UPDATE, expected).ifPresent(extensions::add);
        return send(domainCommand(DomainCommand.Update.extensionsOnly(restore.name()), restore.clTRID(),
                restore.name(), extensions)).chain(requested -> {
                    RegistryReceipt request = receipt(requested, restore.clTRID());
                    boolean waitsForReport = requested.extension(RgpResData.class)
                            .map(rgp -> rgp.statuses().contains(PENDING_RESTORE)).orElse(false);
                    return waitsForReport ? report(restore, info, request.fee()) : Uni.createFrom().item(request);
                });
    }

    private Uni<RegistryReceipt> report(DomainRestore restore, DomainInfo info, Optional<Fee> requestFee) {
        String reportTrid = derivedTrid(restore.clTRID(), "rpt");
        Instant now = Instant.now();
        RgpExtension.RestoreReport report = new RgpExtension.RestoreReport(registrationData(info),
                registrationData(info), info.updatedAt().orElse(now), now, restore.reason(),
                List.of(RESTORE_STATEMENTS), Optional.empty());
        return send(domainCommand(DomainCommand.Update.extensionsOnly(restore.name()), reportTrid, restore.name(),
                List.of(report)))
                .map(reported -> new RegistryReceipt(reported.code(), reported.message(), reportTrid,
                        reported.svTRID(), requestFee));
    }

    private static String registrationData(DomainInfo info) {
        return "domain " + info.name() + ", roid " + info.roid() + ", holder "
                + info.contacts().map(DomainContacts::holder).orElse("-") + ", name servers " + info.nameservers()
                + ", expiry " + info.expiresAt().map(Instant::toString).orElse("-");
    }

    @Override
    public Uni<TransferState> transferDomain(DomainTransfer transfer) {
        String clTRID = transfer.clTRID() != null ? transfer.clTRID() : queryTrid();
        return guarded(clTRID, () -> {
            Optional<String> refusal = unserved(transfer.name());
            if (transfer.op() == DomainTransfer.Op.REQUEST) {
                refusal = refusal.or(() -> transfer.authInfo().isEmpty()
                        ? Optional.of("a transfer request needs the name's auth code") : Optional.empty())
                        .or(() -> transfer.years().flatMap(y -> periodRefusal("transfer", y, policy().renewYears())));
            }
            if (refusal.isPresent()) {
                return refuse(refusal.get(), clTRID);
            }
            return negotiated().chain(negotiated -> {
                List<CommandExtension> extensions = new ArrayList<>();
                if (transfer.op() == DomainTransfer.Op.REQUEST) {
                    int years = transfer.years().orElse(1);
                    // The caller's quote wins; the configured tariff only stands in when there is none.
                    Optional<Fee> expected = transfer.expectedFee().or(() -> tldOf(transfer.name())
                            .flatMap(policy()::tariff).map(t -> new Fee(t.transfer().amount()
                                    .multiply(BigDecimal.valueOf(years)), t.transfer().currency())));
                    feeEcho(negotiated, FeeExtension.TransformKind.TRANSFER, expected).ifPresent(extensions::add);
                }
                DomainCommand.TransferOp op = DomainCommand.TransferOp.valueOf(transfer.op().name());
                return send(domainCommand(new DomainCommand.Transfer(op, transfer.name(),
                        transfer.years().map(Period::years), transfer.authInfo()), clTRID, transfer.name(), extensions))
                        .map(response -> TransferStates.of(response.data(DomainResData.TransferData.class)
                                .orElseThrow(() -> new IllegalStateException(
                                        "domain:transfer answered without domain:trnData")),
                                receipt(response, clTRID)));
            });
        });
    }

    // ---- contacts ----------------------------------------------------------------------------------

    @Override
    public Uni<ContactCreated> createContact(ContactCreate create) {
        return guarded(create.clTRID(), () -> {
            Optional<String> refusal = contactRefusal(create.data()).or(() -> postalRefusal(create.data()));
            if (refusal.isPresent()) {
                return refuse(refusal.get(), create.clTRID());
            }
            ContactData data = create.data();
            ContactCommand.Create command = new ContactCommand.Create(create.handle(), List.of(postalInfo(data)),
                    Optional.of(data.voice()), data.fax(), data.email(), create.authInfo());
            return send(new EppCommand(command, contactExtensions(data), create.clTRID()))
                    .map(response -> new ContactCreated(response.data(ContactResData.CreateData.class)
                            .map(ContactResData.CreateData::id).orElse(create.handle()),
                            receipt(response, create.clTRID())));
        });
    }

    @Override
    public Uni<RegistryReceipt> updateContact(ContactUpdate update) {
        return guarded(update.clTRID(), () -> {
            Optional<String> refusal = contactRefusal(update.data()).or(() -> postalRefusal(update.data()));
            if (refusal.isPresent()) {
                return refuse(refusal.get(), update.clTRID());
            }
            ContactData data = update.data();
            return send(new EppCommand(new ContactCommand.Update(update.handle(), List.of(), List.of(),
                    List.of(postalInfo(data)), Optional.of(data.voice()), data.fax(), Optional.of(data.email()),
                    Optional.empty()), contactUpdateExtensions(data), update.clTRID()))
                    .map(response -> receipt(response, update.clTRID()));
        });
    }

    @Override
    public Uni<ContactInfo> infoContact(String handle) {
        return guarded(null, () -> send(EppCommand.of(new ContactCommand.Info(handle, Optional.empty()), queryTrid()))
                .map(response -> {
                    ContactResData.InfoData data = response.data(ContactResData.InfoData.class).orElseThrow(() ->
                            new IllegalStateException("contact:info answered without contact:infData"));
                    ContactCommand.PostalInfo postal = data.postalInfos().get(0);
                    return new ContactInfo(data.id(), postal.name(), postal.organization(), postal.street(),
                            postal.city(), postal.postalCode().orElse(""), postal.countryCode(), data.voice(),
                            data.email(), data.updatedAt());
                }));
    }

    /** A domain:update of the registrant: how RFC 5731 registries change a holder, forced or not. */
    @Override
    public Uni<RegistryReceipt> changeHolder(HolderChange change) {
        return guarded(change.clTRID(), () -> unserved(change.name())
                .<Uni<RegistryReceipt>>map(refusal -> refuse(refusal, change.clTRID()))
                .orElseGet(() -> send(domainCommand(new DomainCommand.Update(change.name(),
                        DomainCommand.Changes.none(), DomainCommand.Changes.none(), Optional.of(change.newHolder()),
                        Optional.empty()), change.clTRID(), change.name(), List.of()))
                        .map(response -> receipt(response, change.clTRID()))));
    }

    // ---- poll, health, shutdown --------------------------------------------------------------------

    @Override
    public Uni<Optional<PollMessage>> poll() {
        return guarded(null, () -> send(EppCommand.of(new PollCommand.Request(), queryTrid())).map(response ->
                response.code() == ResultCodes.NO_MESSAGES || response.messageQueue().isEmpty()
                        ? Optional.<PollMessage>empty()
                        : Optional.of(PollMessages.of(response, response.messageQueue().get()))));
    }

    @Override
    public Uni<Void> acknowledge(String messageId) {
        return guarded(null, () -> send(EppCommand.of(new PollCommand.Ack(messageId), queryTrid()))
                .replaceWithVoid());
    }

    @Override
    public void shareSessions(int sessions) {
        context.client().share(sessions);
    }

    @Override
    public RegistryHealth health() {
        EppHealth health;
        try {
            health = context.client().get().health();
        } catch (EppUnavailableException e) {
            return new RegistryHealth(registryId(), false, 0, 0, 0, e.getMessage());
        }
        return new RegistryHealth(registryId(), health.up(), health.sessionsOpen(), health.sessionsBusy(),
                health.effectiveMax(), health.detail());
    }

    @Override
    public Uni<Void> close() {
        return context.client().close();
    }

    // ---- helpers for dialects ----------------------------------------------------------------------

    /** Sends a command; 2xxx answers and lost commands fail with a {@link RegistryException}. */
    protected final Uni<EppResponse> send(EppCommand command) {
        return Uni.createFrom().deferred(() -> context.client().get().execute(command))
                .onFailure().transform(failure -> refusals.unanswered(failure, command.clTRID()))
                .map(response -> {
                    if (!response.isSuccess()) {
                        throw refusals.answered(response, command.clTRID());
                    }
                    return response;
                });
    }

    protected final EppCommand domainCommand(Command command, String clTRID, String domain,
                                             List<CommandExtension> extensions) {
        List<CommandExtension> all = new ArrayList<>(domainExtensions(domain));
        all.addAll(extensions);
        return new EppCommand(command, all, clTRID);
    }

    protected final Uni<Negotiated> negotiated() {
        return Uni.createFrom().deferred(() -> context.client().get().negotiated())
                .onFailure().transform(failure -> refusals.unanswered(failure, null));
    }

    protected final <T> Uni<T> refuse(String message, String clTRID) {
        return Uni.createFrom().failure(refusals.policy(message, clTRID));
    }

    /**
     * Builds and runs an operation; a command the EPP model refuses to build (a clTRID or period out of
     * range, too many street lines) fails as malformed input, nothing sent. An answer that cannot be
     * read (a success without the data it must carry) leaves the outcome unknown.
     */
    protected final <T> Uni<T> guarded(String clTRID, Supplier<Uni<T>> operation) {
        return Uni.createFrom().deferred(() -> {
            try {
                return operation.get();
            } catch (IllegalArgumentException e) {
                return Uni.createFrom().<T>failure(new RegistryException(registryId(),
                        Outcome.SYNTAX_REFUSED, 0,
                        registryId() + ": " + e.getMessage(), clTRID, null, e));
            }
        }).onFailure(failure -> !(failure instanceof RegistryException))
                .transform(failure -> refusals.unanswered(failure, clTRID));
    }

    protected final RegistryReceipt receipt(EppResponse response, String clTRID) {
        Optional<Fee> fee = response.extension(FeeResData.TransformData.class).flatMap(data -> {
            String currency = data.currency().isBlank() ? context.currency() : data.currency();
            if (!data.fees().isEmpty()) {
                return Optional.of(new Fee(data.total(), currency));
            }
            BigDecimal credit = data.credits().stream().map(FeeResData.FeeAmount::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            return data.credits().isEmpty() ? Optional.empty() : Optional.of(new Fee(credit, currency));
        });
        return new RegistryReceipt(response.code(), response.message(), clTRID, response.svTRID(), fee);
    }

    protected final String queryTrid() {
        return ClTrid.next(registryId().length() > 16 ? registryId().substring(0, 16) : registryId());
    }

    /** The longest configured TLD the name ends with ("co.uk" before "uk"). */
    protected final Optional<String> tldOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return policy().tlds().stream().filter(tld -> lower.endsWith("." + tld.toLowerCase(Locale.ROOT)))
                .max(Comparator.comparingInt(String::length));
    }

    protected final Optional<String> unserved(String name) {
        return tldOf(name).isPresent() ? Optional.empty()
                : Optional.of(name + " is not under a TLD of this registry " + policy().tlds());
    }

    // ---- private -----------------------------------------------------------------------------------

    private Optional<CommandExtension> feeEcho(Negotiated negotiated, FeeExtension.TransformKind kind,
                                           Optional<Fee> expected) {
        if (!negotiated.hasExtension(EppNamespaces.FEE)) {
            return Optional.empty();
        }
        return expected.map(fee -> FeeExtension.Transform.of(kind, fee.currency(), fee.amount()));
    }

    private static Optional<String> periodRefusal(String operation, int years, Set<Integer> allowed) {
        return allowed.contains(years) ? Optional.empty()
                : Optional.of(operation + " for " + years + " years is not allowed, only " + allowed.stream().sorted()
                .toList());
    }

    private Optional<String> domainContactRefusal(DomainContacts contacts) {
        RegistryPolicy.ContactRules rules = policy().contactRules();
        int admins = contacts.admin() == null || contacts.admin().isBlank() ? 0 : 1;
        if (contacts.holder() == null || contacts.holder().isBlank()) {
            return Optional.of("a holder contact is required");
        }
        if (admins < rules.minAdmin() || admins > rules.maxAdmin()) {
            return Optional.of(rules.minAdmin() + " to " + rules.maxAdmin() + " admin contacts are required, got "
                    + admins);
        }
        int techs = contacts.tech().size();
        if (techs < rules.minTech() || techs > rules.maxTech()) {
            return Optional.of(rules.minTech() + " to " + rules.maxTech() + " tech contacts are required, got "
                    + techs);
        }
        return Optional.empty();
    }

    private Optional<String> nameserverCountRefusal(int count) {
        RegistryPolicy.ContactRules rules = policy().contactRules();
        return count < rules.minNameservers() || count > rules.maxNameservers()
                ? Optional.of(rules.minNameservers() + " to " + rules.maxNameservers() + " name servers are required, got "
                + count)
                : Optional.empty();
    }

    private static Optional<String> postalRefusal(ContactData data) {
        return data.street().size() > 3 ? Optional.of("at most 3 street lines (RFC 5733), got " + data.street().size())
                : Optional.empty();
    }

    private static List<DomainCommand.ContactRef> contactRefs(DomainContacts contacts) {
        List<DomainCommand.ContactRef> refs = new ArrayList<>();
        if (contacts.admin() != null && !contacts.admin().isBlank()) {
            refs.add(new DomainCommand.ContactRef("admin", contacts.admin()));
        }
        contacts.tech().forEach(tech -> refs.add(new DomainCommand.ContactRef("tech", tech)));
        return refs;
    }

    private static List<DomainCommand.Status> statuses(Set<String> values) {
        return values.stream().sorted().map(DomainCommand.Status::of).toList();
    }

    /**
     * Name servers to add: host objects created first (with their glue addresses) where the registry
     * keeps them, else attributes carrying the glue inline. A host object that exists already keeps
     * the addresses it has.
     */
    private Uni<DomainCommand.NameServers> nameServers(String domain, List<String> hosts, List<Glue> glue) {
        if (hosts.isEmpty()) {
            return Uni.createFrom().item(DomainCommand.NameServers.none());
        }
        Map<String, List<HostAddress>> addresses = glue.stream().collect(Collectors.toMap(
                g -> g.host().toLowerCase(Locale.ROOT), g -> g.addresses().stream().map(HostAddress::of).toList(),
                (a, b) -> a));
        if (!policy().contactRules().hostObjects()) {
            return Uni.createFrom().item(DomainCommand.NameServers.attributes(hosts.stream()
                    .map(host -> new DomainCommand.HostAttr(host, addresses.getOrDefault(host.toLowerCase(Locale.ROOT),
                            List.of()))).toList()));
        }
        return send(new EppCommand(new HostCommand.Check(hosts), hostExtensions(domain), queryTrid()))
                .chain(checked -> {
                    List<String> missing = checked.data(HostResData.CheckData.class).map(HostResData.CheckData::items)
                            .orElse(List.of()).stream().filter(CheckItem::available).map(CheckItem::name).toList();
                    if (missing.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    // 2302: another order created the host between our check and our create; it exists, as needed.
                    return Uni.join().all(missing.stream().map(host -> send(new EppCommand(
                            new HostCommand.Create(host, addresses.getOrDefault(host.toLowerCase(Locale.ROOT), List.of())),
                            hostExtensions(domain), queryTrid())).replaceWithVoid()
                            .onFailure(e -> e instanceof RegistryException r && r.resultCode() == OBJECT_EXISTS)
                            .recoverWithNull()).toList())
                            .andFailFast().replaceWithVoid();
                })
                .replaceWith(DomainCommand.NameServers.objects(hosts));
    }

    /**
     * A host object inside a name can only be created once the name exists (RFC 5732 superordinate
     * domain): such a name is created without it, then given it by update with its glue.
     */
    private Optional<String> subordinateHostRefusal(DomainCreate create) {
        return policy().contactRules().hostObjects() && !create.glue().isEmpty()
                ? Optional.of("nameservers inside " + create.name() + " are host objects here: create the name "
                        + "without them, then add them with their addresses by update")
                : Optional.empty();
    }

    /** Name servers to remove are referenced the way the registry holds them. */
    private DomainCommand.NameServers referencedNameServers(List<String> hosts) {
        if (hosts.isEmpty()) {
            return DomainCommand.NameServers.none();
        }
        return policy().contactRules().hostObjects() ? DomainCommand.NameServers.objects(hosts)
                : DomainCommand.NameServers.attributes(hosts.stream().map(DomainCommand.HostAttr::of).toList());
    }

    private static ContactCommand.PostalInfo postalInfo(ContactData data) {
        // "int" must be 7-bit ASCII (RFC 5733 section 2.3); anything else is sent as the localized form.
        String all = String.join("", data.name(), data.organization().orElse(""), String.join("", data.street()),
                data.city(), data.province().orElse(""), data.postalCode());
        String type = StandardCharsets.US_ASCII.newEncoder().canEncode(all) ? "int" : "loc";
        return new ContactCommand.PostalInfo(type, data.name(), data.organization(), data.street(), data.city(),
                data.province(), Optional.of(data.postalCode()), data.countryCode());
    }

    private static String derivedTrid(String clTRID, String suffix) {
        String base = clTRID.length() + 1 + suffix.length() > MAX_CLTRID
                ? clTRID.substring(0, MAX_CLTRID - 1 - suffix.length()) : clTRID;
        return base + "-" + suffix;
    }
}
