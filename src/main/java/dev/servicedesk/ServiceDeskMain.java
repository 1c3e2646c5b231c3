package dev.servicedesk;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

@QuarkusMain
public class ServiceDeskMain {
    public static void main(String... args) {
        LocalPostgres.startIfWanted();
        Quarkus.run(args);
    }
}
