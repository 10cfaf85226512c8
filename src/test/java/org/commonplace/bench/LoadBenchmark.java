package org.commonplace.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load benchmark: drives {@code wrk} (with {@code bench/scenario.lua}) against a running Commonplace server
 * holding generated data, for every scenario at every concurrency, and writes {@code results.json},
 * {@code results.md} and {@code chart.png}. The reference point is the anonymous page's own bytes served by
 * WildFly as a static file from {@code /bench-static/} (mapped by {@code bench/server.sh}).
 *
 * <pre>
 * mvn -Pbench test-compile exec:java@benchmark -Dbench.base=http://localhost:8580 -Dbench.duration=10
 * </pre>
 */
public final class LoadBenchmark {

    record Scenario(String name, String label, String mode, String header) {
    }

    /**
     * {@code failures}: the non-2xx status codes seen by the write scenarios, e.g. "409×2" (page views: counted only).
     * {@code cpuMs}: the server's CPU time per request during the run, in milliseconds (NaN when the server's process
     * is not known: see {@link #serverProcess}).
     */
    record Result(String scenario, int concurrency, double rps, double p50, double p95, double p99, long requests, long errors, String failures,
            double cpuMs) {
    }

    /** Marks a scenario whose requests take the signed-in sessions of {@code sessions.txt} in turn. */
    static final String SESSIONS = "sessions";
    static final int SIGNED_IN_SESSIONS = 32;

    /** Requests that skip the server's caches (rendered pages, kept search counts), as a browser's hard reload does: the full cost. */
    static final String FRESH = "Cache-Control: no-cache";

    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();
    private final String base;
    private final Path out;
    private final Path work;
    private final int duration;
    private final List<Integer> concurrency;
    private final JsonObject manifest;
    private final String nonce = Long.toString(System.currentTimeMillis() % 100_000_000L);
    private final Path script;
    /** The server's JVM, whose CPU time each run reads (empty when unknown: figures then have no CPU column). */
    private final Optional<ProcessHandle> server;
    private int runs;
    /** Pages to edit; each edit run takes the next slice, so no run starts on a page an earlier run was still saving. */
    private List<String> edits;
    private int editCursor;

    LoadBenchmark(Map<String, String> opts) throws IOException {
        this.base = opts.getOrDefault("base", "http://localhost:8580").replaceAll("/$", "");
        this.out = Path.of(opts.getOrDefault("out", "target/bench/results"));
        this.work = out.resolve("work");
        this.duration = Integer.parseInt(opts.getOrDefault("duration", "10"));
        this.concurrency = List.of(opts.getOrDefault("concurrency", "1,16,64").split(",")).stream().map(String::trim).map(Integer::valueOf).toList();
        this.script = Path.of(opts.getOrDefault("script", "bench/scenario.lua"));
        Path manifestFile = Path.of(opts.getOrDefault("manifest", "target/bench/manifest.json"));
        try (JsonReader r = Json.createReader(new StringReader(Files.readString(manifestFile)))) {
            this.manifest = r.readObject();
        }
        this.server = serverProcess(manifestFile.toAbsolutePath().resolveSibling("server.pid"));
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Files.createDirectories(work);
        this.staticDir = Path.of(opts.getOrDefault("static-dir", "target/bench/static"));
        this.failOnErrors = Boolean.parseBoolean(opts.getOrDefault("fail-on-errors", "false"));
        this.only = opts.containsKey("scenarios") && !opts.get("scenarios").equals("all") ? List.of(opts.get("scenarios").split(",")) : null;
    }

    private final Path staticDir;
    /** Only these scenarios (comma-separated names), or all. */
    private List<String> only;
    private final boolean failOnErrors;

    public static void main(String[] args) throws Exception {
        LoadBenchmark b = new LoadBenchmark(DataGenerator.Args.parse(args));
        b.run();
    }

    void run() throws Exception {
        Instant started = Instant.now();
        String loadBefore = loadAverage();
        List<String> pages = strings(manifest.getJsonArray("pages"));
        String user = manifest.getString("user");
        String password = manifest.getString("password");
        String basic = "Authorization: Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));

        // The static reference: the first page's anonymous HTML, byte for byte, served by WildFly's file handler.
        byte[] page = get(pages.get(0), null).body().getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(staticDir);
        Files.write(staticDir.resolve("page.html"), page);
        HttpResponse<String> staticCheck = get("/bench-static/page.html", null);
        if (staticCheck.statusCode() != 200 || staticCheck.body().getBytes(StandardCharsets.UTF_8).length != page.length) {
            throw new IllegalStateException("/bench-static/page.html is not served (" + staticCheck.statusCode()
                    + "): start the server with bench/server.sh, which maps /bench-static to " + staticDir.toAbsolutePath());
        }

        // The signed-in scenario is many readers, each with a session of their own (one session with 64 pages in flight
        // is not a reader: Faces keeps at most 25 views per session and drops the oldest while they are still rendering).
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < SIGNED_IN_SESSIONS; i++) {
            cookies.getCookieStore().removeAll();
            sessions.add(signIn(user, password));
        }
        write("sessions.txt", String.join("\n", sessions));
        String session = sessions.get(sessions.size() - 1);
        write("pages.txt", String.join("\n", pages));
        write("static.txt", "/bench-static/page.html");
        write("threads.txt", join(manifest.getJsonArray("bigThreads"), "/t/"));
        write("search.txt", join(manifest.getJsonArray("searchTerms"), "/search?q="));
        write("search-api.txt", join(manifest.getJsonArray("searchTerms"), "/api/v1/search?q="));
        write("search-api-varied.txt", String.join("\n", variedQueries(1000)));
        write("replies.txt", join(manifest.getJsonArray("replyThreads"), ""));
        edits = editList(pages, basic);
        Files.deleteIfExists(work.resolve("revisions.txt"));

        List<Scenario> scenarios = List.of(
                new Scenario("static", "static file (reference)", "get static.txt", null),
                new Scenario("anonymous-page", "anonymous page view (page cache)", "get pages.txt", null),
                new Scenario("anonymous-page-fresh", "anonymous page view, rendered (no-cache)", "get pages.txt", FRESH),
                new Scenario("signed-in-page", "signed-in page view (" + SIGNED_IN_SESSIONS + " sessions)", "get pages.txt", SESSIONS),
                new Scenario("thread-500", "thread of 500 posts (page cache)", "get threads.txt", null),
                new Scenario("thread-500-fresh", "thread of 500 posts, rendered (no-cache)", "get threads.txt", FRESH),
                new Scenario("search", "search (page cache)", "get search.txt", null),
                new Scenario("search-fresh", "search page, rendered (no-cache)", "get search.txt", FRESH),
                new Scenario("search-api", "search API, 6 terms (counts kept)", "get search-api.txt", null),
                new Scenario("search-api-fresh", "search API, 6 terms, counted afresh (no-cache)", "get search-api.txt", FRESH),
                new Scenario("search-api-varied", "search API, 1,000 distinct queries, counted afresh (no-cache)", "get search-api-varied.txt",
                        FRESH),
                new Scenario("edit-save", "edit and save (API PUT)", "put edits.txt", basic),
                new Scenario("reply", "reply (API POST)", "post replies.txt", basic));

        if (only != null) {
            scenarios = scenarios.stream().filter(s -> only.contains(s.name())).toList();
        }
        // Warm-up, not recorded: the JIT, Hibernate's caches and the connection pool settle first.
        for (Scenario s : scenarios) {
            wrk(s, s.mode().startsWith("get") ? 16 : 4, Math.max(2, duration / 2), false);
        }
        List<Result> results = new ArrayList<>();
        for (Scenario s : scenarios) {
            for (int c : concurrency) {
                Result r = wrk(s, c, duration, true);
                results.add(r);
                System.out.printf(Locale.ROOT, "%-16s c=%-3d %9.1f req/s  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  server CPU %s ms/req  errors %d %s%n",
                        s.name(), c, r.rps(), r.p50(), r.p95(), r.p99(),
                        cpu(r), r.errors(), r.failures());
            }
        }
        String promotion = promotionTimings(session, basic);
        System.out.print(promotion);
        String machine = machine() + "; load average before " + loadBefore + ", after " + loadAverage()
                + " (other work on the machine skews the figures: compare ratios from one quiet run)";
        Files.writeString(out.resolve("results.json"), json(results, scenarios, page.length, machine, started), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("results.md"), markdown(results, scenarios, page.length, machine) + promotion, StandardCharsets.UTF_8);
        Chart.write(out.resolve("chart.png"), results, scenarios, concurrency);
        System.out.println("Wrote " + out.resolve("results.md") + ", results.json and chart.png");
        long errors = results.stream().mapToLong(Result::errors).sum();
        if (failOnErrors && (errors > 0 || results.stream().anyMatch(r -> r.requests() == 0))) {
            throw new IllegalStateException(errors + " error responses (see " + out.resolve("results.md") + ")");
        }
    }

    /**
     * Promotion, one editor at a time (it is an editor's interaction, not a load): the workbench of the first big thread
     * (500 posts) opened as a signed-in editor, and a promotion of 300 of its posts to a new page through the REST API
     * (draft written and published as a revision with provenance). Each timed {@code PROMOTION_RUNS} times after one
     * untimed run. Answers a Markdown section for the report.
     */
    private String promotionTimings(String session, String basic) throws IOException, InterruptedException {
        JsonArray big = manifest.getJsonArray("bigThreads");
        if (big == null || big.isEmpty()) {
            return "";
        }
        long thread = big.getJsonNumber(0).longValue();
        List<Double> bench = new ArrayList<>();
        for (int i = 0; i <= PROMOTION_RUNS; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = get("/t/" + thread + "/promote", "Cookie: JSESSIONID=" + session);
            double ms = (System.nanoTime() - t0) / 1e6;
            if (r.statusCode() != 200 || !r.body().contains("wb-row")) {
                return "\nPromotion timings: the workbench of thread " + thread + " answered " + r.statusCode() + " (is the benchmark user an editor?)\n";
            }
            if (i > 0) {
                bench.add(ms);
            }
        }
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(get("/api/v1/threads/" + thread, basic).body()))) {
            json = reader.readObject();
        }
        JsonArray posts = json.getJsonArray("posts");
        StringBuilder ids = new StringBuilder();
        int n = Math.min(300, posts.size());
        for (int i = 0; i < n; i++) {
            ids.append(i == 0 ? "" : ",").append(posts.getJsonObject(i).getJsonNumber("id").longValue());
        }
        List<Double> publish = new ArrayList<>();
        for (int i = 0; i <= PROMOTION_RUNS; i++) {
            String body = "{\"space\":\"" + json.getString("space") + "\",\"title\":\"Promotion timing " + System.nanoTime()
                    + "\",\"mode\":\"new\",\"postIds\":[" + ids + "]}";
            String[] h = basic.split(":\\s*", 2);
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/threads/" + thread + "/promotions"))
                    .timeout(Duration.ofSeconds(300)).header(h[0], h[1]).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - t0) / 1e6;
            if (r.statusCode() != 201) {
                return "\nPromotion timings: promoting " + n + " posts answered " + r.statusCode() + ": " + r.body() + "\n";
            }
            if (i > 0) {
                publish.add(ms);
            }
        }
        return String.format(Locale.ROOT, "%n### Promotion (one editor, %d timed runs each)%n%n| step | median ms | max ms |%n| --- | ---: | ---: |%n"
                + "| workbench of a %d-post thread (`/t/%d/promote`, full page) | %.0f | %.0f |%n"
                + "| draft of %d posts written and published (`POST /api/v1/threads/%d/promotions`) | %.0f | %.0f |%n",
                PROMOTION_RUNS, posts.size(), thread, median(bench), max(bench), n, thread, median(publish), max(publish));
    }

    static final int PROMOTION_RUNS = 5;

    /**
     * Search requests with many different queries, so nothing a cache kept from an earlier request answers them: two
     * words as a reader types them (an adjective and a topic of the generated titles, e.g. "quiet handovers"), one in five
     * with a third word from the body text, one in ten a quoted phrase. Deterministic (a fixed seed), so runs compare.
     */
    static List<String> variedQueries(int n) {
        java.util.Random random = new java.util.Random(42);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String q = Text.pick(random, Text.ADJECTIVES).toLowerCase(Locale.ROOT) + " " + Text.pick(random, Text.NOUNS).toLowerCase(Locale.ROOT);
            if (i % 10 == 0) {
                q = "\"" + q + "\"";
            } else if (i % 5 == 0) {
                q = q + " " + Text.pick(random, Text.WORDS);
            }
            queries.add("/api/v1/search?q=" + enc(q));
        }
        return queries;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    // --- preparation ---

    private HttpResponse<String> get(String path, String header) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(300)).GET();
        if (header != null) {
            String[] h = header.split(":\\s*", 2);
            b.header(h[0], h[1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the real sign-in form (a Faces postback) and answers the session id. */
    private String signIn(String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = get("/login", null);
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        if (form.statusCode() != 200 || !viewState.find()) {
            throw new IllegalStateException("No sign-in form at " + base + "/login (" + form.statusCode() + ")");
        }
        String body = "login=login&login%3Ausername=" + enc(user) + "&login%3Apassword=" + enc(password) + "&login%3Asubmit=Sign+in"
                + "&jakarta.faces.ViewState=" + enc(viewState.group(1));
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String session = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).reduce((a, b) -> b).orElse(null);
        // Checked on a light page: the signed-in home lists recent changes, which is slow at the large scale (README).
        HttpResponse<String> home = get("/phrasebook", "Cookie: JSESSIONID=" + session);
        if (session == null || !home.body().contains("href=\"/account\"")) {
            throw new IllegalStateException("Signing in as " + user + " failed (" + posted.statusCode() + ")");
        }
        return session;
    }

    /** Up to 400 pages to edit, each with its current revision and text as the API gives them (fetched 8 at a time). */
    private List<String> editList(List<String> pages, String basic) throws InterruptedException {
        int from = pages.size() > 800 ? pages.size() / 2 : 0;
        List<String> chosen = pages.subList(from, Math.min(pages.size(), from + 400));
        String[] h = basic.split(":\\s*", 2);
        java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(8);
        List<java.util.concurrent.CompletableFuture<String>> lines = new ArrayList<>();
        for (String path : chosen) {
            String[] parts = path.split("/"); // "", "s", space, "wiki", slug
            slots.acquire();
            lines.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/v1/spaces/" + parts[2] + "/pages/" + parts[4]))
                    .header(h[0], h[1]).timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((r, e) -> slots.release())
                    .thenApply(r -> {
                        if (r.statusCode() != 200) {
                            throw new IllegalStateException("GET page " + path + " answered " + r.statusCode());
                        }
                        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
                            JsonObject p = reader.readObject();
                            return parts[2] + "\t" + parts[4] + "\t" + p.getInt("revision") + "\t" + jsonText(p.getString("title")) + "\t"
                                    + jsonText(p.getString("markdown"));
                        }
                    }));
        }
        return lines.stream().map(java.util.concurrent.CompletableFuture::join).toList();
    }

    /** The inside of a JSON string literal for the text. */
    private static String jsonText(String s) {
        String quoted = Json.createValue(s).toString();
        return quoted.substring(1, quoted.length() - 1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(work.resolve(name), text + "\n", StandardCharsets.UTF_8);
    }

    private static List<String> strings(JsonArray a) {
        return a.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    private static String join(JsonArray a, String prefix) {
        StringBuilder b = new StringBuilder();
        for (JsonValue v : a) {
            String s = v.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) v).getString() : v.toString();
            b.append(prefix).append(s).append('\n');
        }
        return b.toString().strip();
    }

    // --- running wrk ---

    /**
     * The JVM of the server {@code bench/server.sh} started on this data set: the pid it wrote (its start script) or the
     * java process under it. Empty when there is no such file or process (a server started another way).
     */
    static Optional<ProcessHandle> serverProcess(Path pidFile) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        Optional<ProcessHandle> started = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()));
        return started.flatMap(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p), p.descendants())
                .filter(h -> h.info().command().map(c -> c.endsWith("/java")).orElse(false)).findFirst());
    }

    /** The server's CPU time so far in milliseconds, or -1 when unknown. */
    private long serverCpuMillis() {
        return server.flatMap(p -> p.info().totalCpuDuration()).map(Duration::toMillis).orElse(-1L);
    }

    private Result wrk(Scenario s, int c, int seconds, boolean measured) throws IOException, InterruptedException {
        String[] mode = s.mode().split(" ");
        int threads = Math.min(2, c);
        ProcessBuilder pb = new ProcessBuilder("wrk", "-t" + threads, "-c" + c, "-d" + seconds + "s", "--timeout", "30s", "--latency",
                "-s", script.toString(), base);
        pb.environment().put("BENCH_MODE", mode[0]);
        Path list = work.resolve(mode[1]);
        if (mode[0].equals("put")) {
            int size = Math.max(20, 4 * c);
            StringBuilder slice = new StringBuilder();
            for (int i = 0; i < size; i++) {
                slice.append(edits.get((editCursor + i) % edits.size())).append('\n');
            }
            editCursor += size;
            Files.writeString(list, slice, StandardCharsets.UTF_8);
        }
        pb.environment().put("BENCH_LIST", list.toString());
        boolean sessions = SESSIONS.equals(s.header());
        pb.environment().put("BENCH_HEADER", s.header() == null || sessions ? "" : s.header());
        pb.environment().put("BENCH_SESSIONS", sessions ? work.resolve("sessions.txt").toString() : "");
        pb.environment().put("BENCH_NONCE", nonce + "r" + (++runs));
        pb.environment().put("BENCH_STATE", work.resolve("revisions.txt").toString());
        pb.environment().put("BENCH_THREADS", Integer.toString(threads));
        pb.redirectErrorStream(true);
        long cpuBefore = serverCpuMillis();
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        drain();
        long cpuAfter = serverCpuMillis();
        Matcher m = Pattern.compile("BENCH_JSON (\\{.*})").matcher(output);
        if (exit != 0 || !m.find()) {
            throw new IllegalStateException("wrk failed for " + s.name() + " (exit " + exit + "):\n" + output);
        }
        JsonObject j;
        try (JsonReader r = Json.createReader(new StringReader(m.group(1)))) {
            j = r.readObject();
        }
        long requests = j.getJsonNumber("requests").longValue();
        if (requests == 0 && measured) {
            // Nothing answered within the run: recorded as 0 requests/s with the run's length as its latency.
            double all = seconds * 1000.0;
            return new Result(s.name(), c, 0, all, all, all, 0, 0, "none answered within " + seconds + " s", Double.NaN);
        }
        double secs = j.getJsonNumber("durationMicros").longValue() / 1e6;
        long errors = j.getJsonNumber("statusErrors").longValue() + j.getJsonNumber("connectErrors").longValue()
                + j.getJsonNumber("readErrors").longValue() + j.getJsonNumber("writeErrors").longValue() + j.getJsonNumber("timeouts").longValue();
        // Socket-level errors have no status code: named by kind, so a report says what failed (e.g. "timeout×150").
        StringBuilder kinds = new StringBuilder(failures(j.getJsonObject("statuses")));
        for (String kind : List.of("connect", "read", "write")) {
            long n = j.getJsonNumber(kind + "Errors").longValue();
            if (n > 0) {
                kinds.append(kinds.length() == 0 ? "" : ", ").append(kind).append('×').append(n);
            }
        }
        if (j.getJsonNumber("timeouts").longValue() > 0) {
            kinds.append(kinds.length() == 0 ? "" : ", ").append("timeout×").append(j.getJsonNumber("timeouts").longValue());
        }
        return new Result(s.name(), c, secs == 0 ? 0 : requests / secs, j.getJsonNumber("p50").longValue() / 1000.0, j.getJsonNumber("p95").longValue() / 1000.0,
                j.getJsonNumber("p99").longValue() / 1000.0, requests, errors, kinds.toString(),
                cpuBefore < 0 || cpuAfter < 0 || requests == 0 ? Double.NaN : (double) (cpuAfter - cpuBefore) / requests);
    }

    /**
     * wrk stops sending when its time is up, but the server still works through what was queued. One page request
     * waits behind that queue, so the next measurement starts on an idle server.
     */
    private void drain() throws InterruptedException {
        try {
            get("/", null);
        } catch (IOException e) {
            // The next measurement shows whether the server is still there.
        }
    }

    private static String failures(JsonObject statuses) {
        StringBuilder b = new StringBuilder();
        statuses.forEach((code, n) -> {
            if (!code.startsWith("2")) {
                b.append(b.length() == 0 ? "" : ", ").append(code).append('×').append(n);
            }
        });
        return b.toString();
    }

    // --- reports ---

    private static String machine() {
        StringBuilder b = new StringBuilder();
        b.append(Runtime.getRuntime().availableProcessors()).append(" CPUs");
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    b.append(" (").append(line.substring(line.indexOf(':') + 1).strip()).append(')');
                    break;
                }
            }
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    b.append(", ").append(kb / 1024 / 1024).append(" GB RAM");
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: the CPU count alone.
        }
        b.append(", ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append(", Java ").append(System.getProperty("java.version"));
        return b.toString();
    }

    /** The 1-minute load average (Linux), to show how busy the machine was while measuring. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static Result best(List<Result> results, String scenario) {
        return results.stream().filter(r -> r.scenario().equals(scenario)).max((a, b) -> Double.compare(a.rps(), b.rps())).orElse(null);
    }

    static Result at(List<Result> results, String scenario, int c) {
        return results.stream().filter(r -> r.scenario().equals(scenario) && r.concurrency() == c).findFirst().orElse(null);
    }

    private String json(List<Result> results, List<Scenario> scenarios, int staticBytes, String machine, Instant started) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (Result r : results) {
            JsonObjectBuilder row = Json.createObjectBuilder().add("scenario", r.scenario()).add("concurrency", r.concurrency())
                    .add("requestsPerSecond", round(r.rps())).add("p50Ms", round(r.p50())).add("p95Ms", round(r.p95()))
                    .add("p99Ms", round(r.p99())).add("requests", r.requests()).add("errors", r.errors())
                    .add("errorStatuses", r.failures());
            if (!Double.isNaN(r.cpuMs())) {
                row.add("serverCpuMsPerRequest", round(r.cpuMs()));
            }
            rows.add(row);
        }
        JsonObjectBuilder labels = Json.createObjectBuilder();
        scenarios.forEach(s -> labels.add(s.name(), s.label()));
        JsonObject doc = Json.createObjectBuilder().add("startedAt", started.toString()).add("base", base)
                .add("scale", manifest.getString("scale")).add("durationSeconds", duration).add("machine", machine)
                .add("staticFileBytes", staticBytes).add("scenarios", labels).add("results", rows).build();
        StringWriter w = new StringWriter();
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(w).write(doc);
        return w.toString().strip() + "\n";
    }

    /** The server CPU per request as shown in tables, "–" when unknown. */
    private static String cpu(Result r) {
        return Double.isNaN(r.cpuMs()) ? "–" : String.format(Locale.ROOT, "%.2f", r.cpuMs());
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private String markdown(List<Result> results, List<Scenario> scenarios, int staticBytes, String machine) {
        Map<String, String> labels = new LinkedHashMap<>();
        scenarios.forEach(s -> labels.put(s.name(), s.label()));
        Result ref = best(results, "static");
        StringBuilder b = new StringBuilder();
        b.append("Data set `").append(manifest.getString("scale")).append("`, ").append(duration).append(" s per measurement, ")
                .append(machine).append(". Static reference: the anonymous page's HTML (").append(staticBytes)
                .append(" bytes) served by WildFly as a file.\n\n");
        b.append("| scenario | concurrency | req/s | × static | p50 ms | p95 ms | p99 ms | server CPU ms/request | requests | errors |\n");
        b.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Result r : results) {
            b.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.3f | %.2f | %.2f | %.2f | %s | %d | %s |%n", labels.get(r.scenario()),
                    r.concurrency(), r.rps(), ref == null ? 0 : r.rps() / ref.rps(), r.p50(), r.p95(), r.p99(),
                    cpu(r), r.requests(),
                    r.errors() + (r.failures().isEmpty() ? "" : " (" + r.failures() + ")")));
        }
        b.append("\nServer CPU: the server JVM's CPU time during the run (user and system, read from the operating system) over the "
                + "requests it answered; it includes the JIT, the garbage collector and any background work, and 2 cores give "
                + "2,000 ms per second.\n");
        b.append("\nTargets (throughput: the best of the concurrency levels; latency: p95 at concurrency 1, i.e. one request's own time):\n\n");
        b.append("| target | measured | met |\n| --- | --- | --- |\n");
        Result anon = best(results, "anonymous-page");
        if (anon != null && ref != null) {
            target(b, "anonymous page view ≥ 0.5 × static req/s", String.format(Locale.ROOT, "%.0f / %.0f = %.3f ×", anon.rps(), ref.rps(),
                    anon.rps() / ref.rps()), anon.rps() >= 0.5 * ref.rps());
        }
        Result signed = best(results, "signed-in-page");
        if (signed != null) {
            target(b, "signed-in page view ≥ 1,000 req/s", String.format(Locale.ROOT, "%.0f req/s", signed.rps()), signed.rps() >= 1000);
        }
        latency(b, results, "thread-500-fresh", "thread of 500 posts p95 < 100 ms (rendered, not from the cache)", 100);
        for (String name : List.of("search-api", "search-api-fresh", "search-api-varied")) {
            String what = name.equals("search-api") ? "the 6 terms, counts kept"
                    : name.equals("search-api-fresh") ? "the 6 terms, counted afresh" : "1,000 distinct queries, counted afresh";
            latency(b, results, name, "search p95 < 20 ms (REST API, " + what + "; target is for the large set)", 20);
            Result search = best(results, name);
            if (search != null) {
                target(b, "search ≥ 500 queries/s (REST API, " + what + ")", String.format(Locale.ROOT, "%.0f req/s", search.rps()),
                        search.rps() >= 500);
            }
        }
        latency(b, results, "edit-save", "save p95 < 50 ms", 50);
        long errors = results.stream().mapToLong(Result::errors).sum();
        target(b, "no error responses", errors + " errors", errors == 0);
        return b.toString();
    }

    private static void latency(StringBuilder b, List<Result> results, String scenario, String label, double limit) {
        Result r = at(results, scenario, 1);
        if (r != null) {
            target(b, label, String.format(Locale.ROOT, "%.1f ms", r.p95()), r.p95() < limit);
        }
    }

    private static void target(StringBuilder b, String label, String measured, boolean met) {
        b.append("| ").append(label).append(" | ").append(measured).append(" | ").append(met ? "yes" : "**no**").append(" |\n");
    }
}
