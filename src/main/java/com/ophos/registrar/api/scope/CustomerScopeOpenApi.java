package com.ophos.registrar.api.scope;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Documents R23's {@value CustomerScope#HEADER} on every operation of the ordering API the frontend uses.
 * Applied at build time: a runtime filter made every start re-read and re-write the whole document.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class CustomerScopeOpenApi implements OASFilter {
    private static final List<String> UNSCOPED = List.of("/api/v1/disputes", "/api/v1/runs", "/api/v1/support",
            "/api/v1/offers", "/api/v1/domains/check");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/v1/") && UNSCOPED.stream().noneMatch(path::startsWith)) {
                item.getOperations().values().forEach(CustomerScopeOpenApi::addHeader);
            }
        });
    }

    private static void addHeader(Operation operation) {
        boolean present = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> CustomerScope.HEADER.equalsIgnoreCase(p.getName()));
        if (!present) {
            operation.addParameter(OASFactory.createParameter().name(CustomerScope.HEADER).in(Parameter.In.HEADER)
                    .required(false).example("42")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                    .description("R23: the customer a frontend request acts for. Required for the frontend role "
                            + "when the request carries no customer id in its body, path or query; support is not "
                            + "scoped."));
        }
    }
}
