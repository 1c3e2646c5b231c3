package dev.servicedesk.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import dev.servicedesk.support.Contract;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import org.junit.jupiter.api.Test;

/** The running service publishes the contract file itself, and Swagger UI on top of it. */
@QuarkusTest
class ServedContractTest {

    @Test
    void shouldServeTheContractFileAsIs() {
        String served = given().accept("application/yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        OpenAPI expected = new OpenAPIV3Parser().readContents(Contract.text()).getOpenAPI();
        OpenAPI actual = new OpenAPIV3Parser().readContents(served).getOpenAPI();
        assertThat(actual.getPaths()).isEqualTo(expected.getPaths());
        assertThat(actual.getComponents()).isEqualTo(expected.getComponents());
        assertThat(actual.getInfo().getTitle()).isEqualTo(expected.getInfo().getTitle());
    }

    @Test
    void shouldServeSwaggerUi() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
