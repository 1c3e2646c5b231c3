package dev.servicedesk.routing;

import dev.servicedesk.ticket.Category;
import dev.servicedesk.ticket.Channel;
import dev.servicedesk.ticket.Impact;
import dev.servicedesk.ticket.RoutingRequest;
import dev.servicedesk.ticket.TicketType;
import dev.servicedesk.ticket.Urgency;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Evaluates the service's own rule set (the classes the service runs) of RULES generated rules
 * against generated tickets, one thread, and prints the latency of one evaluation. With --sql,
 * prints the same rules (and their queues) as SQL instead, for the PostgreSQL comparison.
 */
public final class RoutingBench {
    private static final String[] TERMS = {
        "vpn", "wifi", "printer", "password", "reset", "login", "outlook", "email", "laptop", "monitor", "keyboard",
        "mouse", "teams", "zoom", "sap", "erp", "crm", "database", "backup", "restore", "virus", "malware", "phishing",
        "firewall", "proxy", "dns", "dhcp", "network", "slow", "crash", "error", "license", "install", "upgrade",
        "access", "permission", "account", "locked", "expired", "certificate", "ssl", "browser", "chrome", "excel",
        "word", "sharepoint", "onedrive", "drive", "disk", "memory", "cpu", "battery", "dock", "headset", "phone",
        "mobile", "tablet", "badge", "door", "camera", "scanner", "toner", "paper", "jam", "server", "cluster",
        "kubernetes", "deploy", "pipeline", "git", "jira", "wiki", "portal", "invoice", "payroll", "hr", "onboarding",
        "offboarding", "token", "mfa", "sso", "ldap", "ad", "group", "share", "folder", "file", "lost", "deleted",
        "recover", "performance", "timeout", "latency", "outage", "down", "degraded", "router", "switch", "cable"
    };
    private static final String[] FILLER = {
        "the", "my", "is", "not", "working", "since", "this", "morning", "please", "help", "urgent", "again",
        "after", "update", "cannot", "open", "when", "i", "try", "to", "it", "shows", "a", "message", "and", "then"
    };
    private static final int QUEUES = 20;

    public static void main(String[] args) {
        int ruleCount = Integer.parseInt(System.getenv().getOrDefault("RULES", "500"));
        Random random = new Random(42);
        List<UUID> queues = new ArrayList<>();
        for (int i = 0; i < QUEUES; i++) {
            queues.add(new UUID(0x0123_4567_89ab_7defL, 0x8000_0000_0000_0000L | i));
        }
        List<RoutingRule> rules = generateRules(ruleCount, queues, random);
        if (args.length > 0 && args[0].equals("--sql")) {
            printSql(rules, queues);
            return;
        }
        Map<UUID, Integer> tiers = new HashMap<>();
        queues.forEach(queue -> tiers.put(queue, 1 + tiers.size() % 3));
        RuleSet ruleSet = new RuleSet(rules, tiers);

        List<RoutingRequest> unmatched = tickets(2_000, random, false);
        List<RoutingRequest> mixed = tickets(2_000, random, true);
        int seconds = Integer.parseInt(System.getenv().getOrDefault("BENCH_SECONDS", "10"));
        Function<RoutingRequest, Integer> route = ticket -> ruleSet.route(ticket).rulesApplied().size();
        Function<RoutingRequest, Integer> explain =
                ticket -> ruleSet.explain(ticket).decision().rulesApplied().size();
        measure(route, mixed, seconds / 2, false, ""); // warm-up: the JIT compiles the hot paths
        measure(explain, mixed, seconds / 2, false, "");
        System.out.printf("%-52s | %9s | %9s | %9s | %12s%n", "routing " + ruleCount + " rules, one thread",
                "median µs", "p90 µs", "p99 µs", "evaluations/s");
        System.out.printf("%-52s | %9s | %9s | %9s | %12s%n", "-".repeat(52), "---", "---", "---", "---");
        measure(route, unmatched, seconds, true, "on create, no rule matches: all " + ruleCount + " checked");
        measure(route, mixed, seconds, true, "on create, tickets with desk words");
        measure(explain, unmatched, seconds, true, "dry run (every rule explained), no rule matches");
    }

    private static void measure(
            Function<RoutingRequest, Integer> evaluate,
            List<RoutingRequest> tickets,
            int seconds,
            boolean print,
            String label) {
        long[] samples = new long[5_000_000];
        int n = 0;
        long matched = 0;
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long started = System.nanoTime();
        while (n < samples.length && System.nanoTime() < end) {
            RoutingRequest ticket = tickets.get(n % tickets.size());
            long t0 = System.nanoTime();
            int applied = evaluate.apply(ticket);
            samples[n++] = System.nanoTime() - t0;
            matched += applied;
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        if (!print) {
            return;
        }
        long[] sorted = Arrays.copyOf(samples, n);
        Arrays.sort(sorted);
        System.out.printf("%-52s | %9.1f | %9.1f | %9.1f | %,12.0f   (%.1f rules applied per ticket)%n",
                label, sorted[n / 2] / 1e3, sorted[(int) (n * 0.90)] / 1e3, sorted[(int) (n * 0.99)] / 1e3,
                n / elapsed, (double) matched / n);
    }

    private static List<RoutingRule> generateRules(int count, List<UUID> queues, Random random) {
        List<RoutingRule> rules = new ArrayList<>();
        Instant now = Instant.parse("2026-11-23T00:00:00Z");
        for (int i = 0; i < count; i++) {
            List<String> keywords = new ArrayList<>();
            int words = 1 + random.nextInt(5);
            for (int k = 0; k < words; k++) {
                String keyword = TERMS[random.nextInt(TERMS.length)] + "-" + random.nextInt(50);
                if (random.nextInt(10) == 0) {
                    keyword = keyword + " " + TERMS[random.nextInt(TERMS.length)];
                }
                keywords.add(keyword);
            }
            RoutingConditions conditions = new RoutingConditions(
                    keywords,
                    random.nextInt(10) < 3 ? Set.of(pick(Category.values(), random)) : null,
                    random.nextInt(10) < 2 ? Set.of(pick(TicketType.values(), random)) : null,
                    random.nextInt(10) < 2 ? EnumSet.of(pick(Channel.values(), random), Channel.PORTAL) : null,
                    random.nextInt(10) < 1 ? List.of("Dept " + random.nextInt(20), "Finance") : null,
                    random.nextInt(20) == 0 ? Boolean.TRUE : null);
            RoutingActions actions = new RoutingActions(
                    random.nextInt(10) < 3 ? pick(Category.values(), random) : null,
                    random.nextInt(10) < 2 ? pick(Impact.values(), random) : null,
                    random.nextInt(10) < 2 ? pick(Urgency.values(), random) : null,
                    queues.get(random.nextInt(queues.size())),
                    random.nextInt(10) < 3 ? List.of("tag-" + random.nextInt(30)) : null);
            RuleDetails details = new RuleDetails(
                    "Rule " + i,
                    null,
                    i * 10,
                    random.nextInt(50) != 0,
                    random.nextInt(5) == 0 ? OnMatch.CONTINUE : OnMatch.STOP,
                    conditions,
                    actions);
            rules.add(RoutingRule.create(new UUID(0x0123_4567_89ab_7defL, 0x9000_0000_0000_0000L | i), details, now));
        }
        return rules;
    }

    /** Tickets of desk words (which may match keywords) or of filler only (which never do). */
    private static List<RoutingRequest> tickets(int count, Random random, boolean deskWords) {
        List<RoutingRequest> tickets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tickets.add(new RoutingRequest(
                    pick(TicketType.values(), random),
                    sentence(8, random, deskWords),
                    sentence(80, random, deskWords),
                    null,
                    null,
                    null,
                    Channel.PORTAL,
                    "Dept " + random.nextInt(20),
                    random.nextInt(20) == 0));
        }
        return tickets;
    }

    private static String sentence(int words, Random random, boolean deskWords) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                text.append(' ');
            }
            if (deskWords && random.nextInt(4) == 0) {
                text.append(TERMS[random.nextInt(TERMS.length)]).append('-').append(random.nextInt(50));
            } else {
                text.append(FILLER[random.nextInt(FILLER.length)]);
            }
        }
        return text.toString();
    }

    private static <T> T pick(T[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    private static void printSql(List<RoutingRule> rules, List<UUID> queues) {
        System.out.println("BEGIN;");
        for (int i = 0; i < queues.size(); i++) {
            System.out.printf(
                    "INSERT INTO queue (id, name, tier, active, created_at, updated_at) VALUES ('%s', 'Bench queue %d',"
                            + " %d, true, now(), now()) ON CONFLICT DO NOTHING;%n",
                    queues.get(i), i, 1 + i % 3);
        }
        for (RoutingRule rule : rules) {
            System.out.printf(
                    "INSERT INTO routing_rule (id, name, position, enabled, on_match, conditions, actions, created_at,"
                            + " updated_at) VALUES ('%s', '%s', %d, %s, '%s', '%s', '%s', now(), now());%n",
                    rule.id(), rule.name(), rule.position(), rule.enabled(), rule.onMatch(),
                    json(rule.conditions()), json(rule.actions()));
        }
        System.out.println("COMMIT;");
    }

    private static String json(RoutingConditions c) {
        return "{" + String.join(",", List.of(
                        "\"keywords\":" + strings(c.keywords()),
                        "\"categories\":" + strings(c.categories().stream().map(Enum::name).toList()),
                        "\"types\":" + strings(c.types().stream().map(Enum::name).toList()),
                        "\"channels\":" + strings(c.channels().stream().map(Enum::name).toList()),
                        "\"requesterDepartments\":" + strings(c.requesterDepartments())))
                + (c.requesterVip() == null ? "" : ",\"requesterVip\":" + c.requesterVip()) + "}";
    }

    private static String json(RoutingActions a) {
        List<String> fields = new ArrayList<>();
        if (a.category() != null) fields.add("\"category\":\"" + a.category() + "\"");
        if (a.impact() != null) fields.add("\"impact\":\"" + a.impact() + "\"");
        if (a.urgency() != null) fields.add("\"urgency\":\"" + a.urgency() + "\"");
        if (a.queueId() != null) fields.add("\"queueId\":\"" + a.queueId() + "\"");
        fields.add("\"tags\":" + strings(a.tags()));
        return "{" + String.join(",", fields) + "}";
    }

    private static String strings(List<String> values) {
        return values.stream().map(value -> "\"" + value + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    private RoutingBench() {}
}
