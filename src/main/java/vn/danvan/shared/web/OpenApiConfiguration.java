package vn.danvan.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs}: every endpoint under {@code /api/v1}, called with a bearer token
 * from {@code POST /api/v1/tokens}, answering errors as RFC 9457 problem details with a stable {@code code}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI danvanApi() {
        return new OpenAPI()
                .info(new Info().title("Danvan API").version("v1").description(
                        "REST API of Danvan. Obtain a token with POST /api/v1/tokens {\"username\",\"password\"} and send it as "
                                + "Authorization: Bearer <token>. Errors are RFC 9457 problem details with a stable 'code'."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
