package dev.servicedesk;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

@QuarkusMain
public class ServiceDeskMain {
    public static void main(String... args) {
        if (LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            LocalPostgres.startUnlessConfigured();
        }
        Quarkus.run(args);
    }
}
