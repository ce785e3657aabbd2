package com.ophos.registrar.api.console;

import com.ophos.registrar.common.ConflictException;
import com.ophos.registrar.common.InvalidInputException;
import com.ophos.registrar.common.NotFoundProblem;
import com.ophos.registrar.common.RuleViolationException;
import com.ophos.registrar.dispute.AccountMove;
import com.ophos.registrar.dispute.AccountMoveFailedException;
import com.ophos.registrar.dispute.DomainNotManagedException;
import com.ophos.registrar.dispute.MoveDomainToAccount;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.registry.RegistryRouter;
import com.ophos.registrar.registry.spi.RegistryAdapter;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The console's R24 page: which registry account holds a name, and the move to another one. */
@Path("/support/domains/{name}/account")
@RolesAllowed("support")
@Produces(MediaType.TEXT_HTML)
public class ConsoleAccountResource {
    private final Template page;
    private final MoveDomainToAccount moveDomain;
    private final RegistryRouter router;
    private final ConsoleForms forms;
    private final SecurityIdentity identity;

    public ConsoleAccountResource(@Location("console/account.html") Template page, MoveDomainToAccount moveDomain,
                                  RegistryRouter router, ConsoleForms forms, SecurityIdentity identity) {
        this.page = page;
        this.moveDomain = moveDomain;
        this.router = router;
        this.forms = forms;
        this.identity = identity;
    }

    @GET
    public TemplateInstance show(@PathParam("name") String name) {
        return view(domain(name), null, null, 0);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("name") String name, @FormParam("token") String token,
                         @FormParam("account") String account, @FormParam("reason") String reason) {
        int status;
        String error;
        try {
            forms.check(user(), token);
            AccountMove moved = moveDomain.run(name, account, user(), reason);
            return Response.ok(view(domain(name), moved, null, 0)).build();
        } catch (InvalidInputException e) {
            status = 400;
            error = "Invalid input " + e.fields() + ": " + e.getMessage();
        } catch (NotFoundProblem e) {
            status = 404;
            error = e.getMessage();
        } catch (ConflictException e) {
            status = 409;
            error = e.getMessage() + " (" + e.rule() + ")";
        } catch (RuleViolationException e) {
            status = 422;
            error = e.getMessage() + " (" + e.rule() + ")";
        } catch (AccountMoveFailedException e) {
            status = 502;
            error = e.getMessage() + " — confirm again to continue the move";
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(view(domain(name), null, error, status))
                .build();
    }

    private TemplateInstance view(Domain domain, AccountMove move, String error, int status) {
        String registryId = router.registryOf(domain.registryId).orElse(domain.registryId);
        List<String> others = router.all().stream().map(RegistryAdapter::registryId)
                .filter(id -> router.registryOf(id).filter(registryId::equals).isPresent())
                .filter(id -> !id.equals(domain.registryId)).toList();
        return page.data("user", user()).data("domain", domain).data("move", move).data("error", error)
                .data("status", status).data("accounts", others).data("token", forms.token(user()));
    }

    private static Domain domain(String name) {
        return QuarkusTransaction.requiringNew().call(() -> Domain.byName(name)
                .orElseThrow(() -> new DomainNotManagedException(name)));
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
