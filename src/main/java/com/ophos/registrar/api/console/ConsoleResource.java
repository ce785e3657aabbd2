package com.ophos.registrar.api.console;

import com.ophos.registrar.api.dispute.ActionJson;
import com.ophos.registrar.api.dispute.DisputeActions;
import com.ophos.registrar.common.ConflictException;
import com.ophos.registrar.common.InvalidInputException;
import com.ophos.registrar.common.NotFoundProblem;
import com.ophos.registrar.common.RuleViolationException;
import com.ophos.registrar.dispute.ActionResult;
import com.ophos.registrar.dispute.DisputeAction;
import com.ophos.registrar.dispute.DisputeCase;
import com.ophos.registrar.dispute.DisputeCases;
import com.ophos.registrar.dispute.DisputeKind;
import com.ophos.registrar.dispute.DisputeStepFailedException;
import com.ophos.registrar.dispute.HandOverMode;
import com.ophos.registrar.dispute.NewDispute;
import com.ophos.registrar.dispute.OpenDispute;
import com.ophos.registrar.dispute.RegistryCommands;
import com.ophos.registrar.dispute.WebStopChannel;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.registry.RegistryRouter;
import com.ophos.registrar.registry.spi.DomainInfo;
import com.ophos.registrar.registry.spi.RegistryException;
import com.ophos.registrar.registry.spi.RegistryHealth;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The support console (R3, R22): cases and deadlines, one case with the registry's view of its name and
 * its timeline, actions behind a confirmation page, domain search, renewal runs, registry health.
 * Plain server-rendered HTML forms; the API classes do the work.
 */
@Path("/support")
@RolesAllowed("support")
@Produces(MediaType.TEXT_HTML)
public class ConsoleResource {
    private static final int SEARCH_LIMIT = 50;

    private final Template dashboard;
    private final Template disputeCase;
    private final Template confirm;
    private final Template newCase;
    private final Template search;
    private final Template released;
    private final Template problem;
    private final DisputeCases cases;
    private final OpenDispute openDispute;
    private final DisputeActions actions;
    private final RegistryCommands registry;
    private final RegistryRouter router;
    private final CommandCounts commandCounts;
    private final RecentRenewalRuns renewalRuns;
    private final ConsoleForms forms;
    private final SecurityIdentity identity;

    public ConsoleResource(@Location("console/dashboard.html") Template dashboard,
                           @Location("console/case.html") Template disputeCase,
                           @Location("console/confirm.html") Template confirm,
                           @Location("console/new-case.html") Template newCase,
                           @Location("console/search.html") Template search,
                           @Location("console/released.html") Template released,
                           @Location("console/problem.html") Template problem,
                           DisputeCases cases, OpenDispute openDispute, DisputeActions actions,
                           RegistryCommands registry, RegistryRouter router, CommandCounts commandCounts,
                           RecentRenewalRuns renewalRuns, ConsoleForms forms, SecurityIdentity identity) {
        this.dashboard = dashboard;
        this.disputeCase = disputeCase;
        this.confirm = confirm;
        this.newCase = newCase;
        this.search = search;
        this.released = released;
        this.problem = problem;
        this.cases = cases;
        this.openDispute = openDispute;
        this.actions = actions;
        this.registry = registry;
        this.router = router;
        this.commandCounts = commandCounts;
        this.renewalRuns = renewalRuns;
        this.forms = forms;
        this.identity = identity;
    }

    /** A registry's health row; {@code error} when the adapter could not tell. */
    public record HealthRow(String registryId, boolean up, int sessionsOpen, int sessionsBusy, int sessionsMax,
                            String detail) {
    }

    @GET
    public TemplateInstance dashboard() {
        List<DisputeCase> active = QuarkusTransaction.requiringNew().call(DisputeCase::active);
        CommandCounts.Window window = commandCounts.last24Hours();
        return dashboard.data("user", user())
                .data("cases", active)
                .data("runs", renewalRuns.recent())
                .data("health", router.all().stream().map(adapter -> healthOf(adapter.registryId(), adapter::health))
                        .toList())
                .data("since", window.since())
                .data("chart", CommandChart.of(window.counts()));
    }

    private static HealthRow healthOf(String registryId, Supplier<RegistryHealth> health) {
        try {
            RegistryHealth h = health.get();
            return new HealthRow(registryId, h.up(), h.sessionsOpen(), h.sessionsBusy(), h.sessionsMax(), h.detail());
        } catch (RuntimeException failure) {
            return new HealthRow(registryId, false, 0, 0, 0, "health unavailable: " + failure.getClass().getSimpleName());
        }
    }

    @GET
    @Path("search")
    public TemplateInstance search(@QueryParam("q") String query) {
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<Domain> found = needle.isEmpty() ? List.of() : QuarkusTransaction.requiringNew().call(() ->
                Domain.<Domain>find("lower(name) like ?1 or lower(unicodeName) like ?1 order by name",
                        "%" + needle.replace("%", "").replace("_", "") + "%").page(0, SEARCH_LIMIT).list());
        List<DisputeCase> disputes = found.isEmpty() ? List.of() : QuarkusTransaction.requiringNew().call(() ->
                DisputeCase.<DisputeCase>list("domain in ?1 order by id desc", found.stream().map(d -> d.name).toList()));
        return search.data("user", user()).data("q", query == null ? "" : query).data("domains", found)
                .data("disputes", disputes);
    }

    @GET
    @Path("cases/new")
    public TemplateInstance newCase(@QueryParam("domain") String domain) {
        return newCase.data("user", user()).data("domain", domain == null ? "" : domain)
                .data("token", forms.token(user())).data("kinds", DisputeKind.values());
    }

    @POST
    @Path("cases")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@FormParam("token") String token, @FormParam("domain") String domain,
                         @FormParam("kind") String kind, @FormParam("claimant") String claimant,
                         @FormParam("grounds") String grounds, @FormParam("documents") String documents,
                         @FormParam("deadline") String deadline, @FormParam("reason") String reason) {
        return rendered(() -> {
            forms.check(user(), token);
            NewDispute request = new NewDispute(domain, kindOf(kind), claimant, grounds, lines(documents),
                    deadlineOf(deadline), reason);
            DisputeCase opened = openDispute.run(request, user());
            return Response.seeOther(URI.create("/support/cases/" + opened.id)).build();
        });
    }

    private static DisputeKind kindOf(String kind) {
        try {
            return kind == null ? null : DisputeKind.valueOf(kind);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("kind", "THIRD_PARTY_CLAIM (R3) or ILLEGAL_CONTENT (R22)");
        }
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The form's date input gives a day; the decision is due at the end of it (UTC). */
    private static Instant deadlineOf(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).atTime(23, 59, 59).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notADate) {
            throw new InvalidInputException("deadline", "a date as YYYY-MM-DD");
        }
    }

    @GET
    @Path("cases/{id}")
    public TemplateInstance disputeCase(@PathParam("id") long id) {
        DisputeCase found = cases.require(id);
        String registryState;
        Set<String> statuses = Set.of();
        try {
            DomainInfo info = registry.info(found);
            statuses = info.statuses();
            registryState = "sponsor " + info.sponsor() + (info.ours() ? " (us)" : " (another registrar)")
                    + info.expiresAt().map(e -> ", expires " + e).orElse("");
        } catch (RegistryException failure) {
            registryState = "registry state unavailable: " + failure.outcome() + " " + failure.getMessage();
        }
        return disputeCase.data("user", user()).data("c", found).data("timeline", cases.timeline(id))
                .data("statuses", statuses.stream().sorted().collect(Collectors.toList()))
                .data("registryState", registryState).data("actions", List.of(DisputeAction.FREEZE,
                        DisputeAction.STOP_WEB, DisputeAction.RESTORE_WEB, DisputeAction.HAND_OVER,
                        DisputeAction.REJECT, DisputeAction.CLOSE));
    }

    @GET
    @Path("cases/{id}/confirm")
    public TemplateInstance confirm(@PathParam("id") long id, @QueryParam("action") String action) {
        DisputeAction chosen = DisputeAction.fromWire(action);
        return confirm.data("user", user()).data("c", cases.require(id)).data("action", chosen.wireName())
                .data("token", forms.token(user())).data("modes", HandOverMode.values())
                .data("channels", WebStopChannel.values());
    }

    @POST
    @Path("cases/{id}/actions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") long id, @FormParam("token") String token, @FormParam("action") String action,
                        @FormParam("reason") String reason, @FormParam("channels") List<String> channels,
                        @FormParam("mode") String mode, @FormParam("recipient") String recipient,
                        @FormParam("newHolder") String newHolder,
                        @FormParam("registryAuthorisation") String registryAuthorisation) {
        return rendered(() -> {
            forms.check(user(), token);
            ActionResult result = actions.run(id, user(), new ActionJson(action, reason, channelsOf(channels),
                    modeOf(mode), recipient, newHolder, registryAuthorisation));
            if (result.authCode().isPresent()) {
                // Shown once, on this page only: not in a redirect URL, never stored in clear.
                return Response.ok(released.data("user", user()).data("c", result.disputeCase())
                        .data("authCode", result.authCode().get())).header("Cache-Control", "no-store").build();
            }
            return Response.seeOther(URI.create("/support/cases/" + id)).build();
        });
    }

    private static Set<WebStopChannel> channelsOf(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        Set<WebStopChannel> channels = EnumSet.noneOf(WebStopChannel.class);
        for (String value : values) {
            try {
                channels.add(WebStopChannel.valueOf(value));
            } catch (IllegalArgumentException unknown) {
                throw new InvalidInputException("channels", "REGISTRY_HOLD or DNS");
            }
        }
        return channels;
    }

    private static HandOverMode modeOf(String mode) {
        try {
            return mode == null || mode.isBlank() ? null : HandOverMode.valueOf(mode);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("mode", "AUTH_CODE, APPROVE_TRANSFER or HOLDER_CHANGE");
        }
    }

    /** Refusals and failed steps come back as a page saying why, with the status the API would give. */
    private Response rendered(Supplier<Response> action) {
        try {
            return action.get();
        } catch (InvalidInputException e) {
            return problemPage(400, "Invalid input " + e.fields(), e.getMessage(), null);
        } catch (NotFoundProblem e) {
            return problemPage(404, "Not found", e.getMessage(), null);
        } catch (ConflictException e) {
            return problemPage(409, "Not allowed now" + ruleOf(e.rule()), e.getMessage(), null);
        } catch (RuleViolationException e) {
            return problemPage(422, "Refused" + ruleOf(e.rule()), e.getMessage(), null);
        } catch (DisputeStepFailedException e) {
            return problemPage(502, "Step failed — retry " + e.action().wireName(), e.getMessage(), e.caseId());
        }
    }

    private static String ruleOf(String rule) {
        return rule == null ? "" : " (" + rule + ")";
    }

    private Response problemPage(int status, String title, String detail, Long caseId) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(problem.data("user", user())
                .data("title", title).data("detail", detail).data("caseId", Optional.ofNullable(caseId).orElse(null)))
                .build();
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
