package dev.servicedesk.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/**
 * The only way tests call the service: every request goes through a contract filter, so every
 * response in the suite is validated against openapi.yaml.
 */
public final class Api {
    private Api() {}

    /** A well-formed call by this user: request and response must conform. */
    public static RequestSpecification as(TestUser user) {
        return bearer(user.token());
    }

    /** A well-formed call with this exact Authorization bearer token. */
    public static RequestSpecification bearer(String token) {
        return given().filter(Contract.STRICT).header("Authorization", "Bearer " + token);
    }

    /** A well-formed multipart upload by this user (the validator cannot read such a body). */
    public static RequestSpecification uploadAs(TestUser user) {
        return given().filter(Contract.UPLOADS).header("Authorization", "Bearer " + user.token());
    }

    /** A call without credentials. */
    public static RequestSpecification anonymous() {
        return given().filter(Contract.STRICT);
    }

    /** A deliberately bad call: only the response is held to the contract. */
    public static RequestSpecification hostile() {
        return given().filter(Contract.RESPONSES);
    }

    /** A deliberately bad call by this user: only the response is held to the contract. */
    public static RequestSpecification hostile(TestUser user) {
        return hostile().header("Authorization", "Bearer " + user.token());
    }
}
