package com.ophos.registrar.api.runs;

import com.ophos.registrar.common.InvalidInputException;
import com.ophos.registrar.common.NotFoundProblem;
import com.ophos.registrar.jobs.JobRun;
import com.ophos.registrar.jobs.RunKind;
import com.ophos.registrar.jobs.RunLauncher;
import com.ophos.registrar.jobs.RunOutcome;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;

/** Scheduled runs: start one by hand (roles scheduler, support) and follow the history. */
@Path("/api/v1/runs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"scheduler", "support"})
@Blocking
public class RunResource {
    private static final int MAX_PAGE = 200;

    private final RunLauncher launcher;
    private final SecurityIdentity identity;

    RunResource(RunLauncher launcher, SecurityIdentity identity) {
        this.launcher = launcher;
        this.identity = identity;
    }

    /** 202: the run is recorded and started; its Location shows its progress. */
    @POST
    @Path("/{kind}")
    public Response start(@PathParam("kind") String kind, @Context UriInfo uri) {
        JobRun run = launcher.launch(RunKind.fromPath(kind), identity.getPrincipal().getName());
        return Response.accepted(RunView.of(run, null))
                .location(uri.getBaseUriBuilder().path("api/v1/runs").path(String.valueOf(run.id)).build())
                .build();
    }

    @GET
    @Transactional
    public List<RunView> list(@QueryParam("kind") String kind, @QueryParam("page") @DefaultValue("0") int page,
                              @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "0 or more");
        }
        if (size < 1 || size > MAX_PAGE) {
            throw new InvalidInputException("size", "between 1 and " + MAX_PAGE);
        }
        Sort newestFirst = Sort.descending("createdAt", "id");
        var query = kind == null ? JobRun.<JobRun>findAll(newestFirst)
                : JobRun.<JobRun>find("kind", newestFirst, RunKind.fromPath(kind));
        return query.page(Page.of(page, size)).list().stream().map(run -> RunView.of(run, null)).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    public RunView get(@PathParam("id") long id) {
        JobRun run = JobRun.findById(id);
        if (run == null) {
            throw new NotFoundProblem("no run " + id);
        }
        return RunView.of(run, RunOutcome.list("runId", Sort.ascending("id"), id));
    }
}
