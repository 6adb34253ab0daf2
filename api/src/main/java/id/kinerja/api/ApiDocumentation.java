package id.kinerja.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The title of the generated OpenAPI document (served at {@code /swagger/kinerja-0.1.yml}). */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Kinerja",
                        version = "0.1",
                        description =
                                "Indikator kinerja utama, target, survei kepuasan masyarakat dan capaian (SAKIP). "
                                        + "Errors are application/problem+json with messages in Indonesian and English.",
                        license = @License(name = "Apache-2.0")),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class ApiDocumentation {
    private ApiDocumentation() {}
}
