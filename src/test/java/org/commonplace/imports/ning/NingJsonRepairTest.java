package org.commonplace.imports.ning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NingJsonRepairTest {

    private static JsonArray parse(String repaired) {
        try (var r = Json.createReader(new StringReader(repaired))) {
            return r.readArray();
        }
    }

    @Test
    void removesJsonpWrapper() {
        assertThat(NingJsonRepair.repair("([{\"id\":\"1\"},{\"id\":\"2\"}])")).isEqualTo("[{\"id\":\"1\"},{\"id\":\"2\"}]");
    }

    @Test
    void dropsTrailingExtraBracket() {
        assertThat(parse(NingJsonRepair.repair("[{\"id\":\"1\"}]]"))).hasSize(1);
    }

    @Test
    void insertsMissingCommaBetweenObjects() {
        assertThat(parse(NingJsonRepair.repair("[{\"id\":\"1\"}{\"id\":\"2\"}]"))).hasSize(2);
    }

    @Test
    void fixesStrayBracketsBetweenObjects() {
        assertThat(parse(NingJsonRepair.repair("[{\"id\":\"1\"}]{\"id\":\"2\"}[{\"id\":\"3\"}] {\"id\":\"4\"}]"))).hasSize(4);
    }

    @Test
    void leavesBracesInsideStringsAlone() {
        String desc = "code: }{ and }]{ and }[{ and \\\"quoted }{\\\" ]]";
        String src = "([{\"id\":\"1\",\"description\":\"" + desc + "\"}{\"id\":\"2\",\"nested\":{\"a\":[1,{\"b\":\"}{\"}]}}])";
        JsonArray arr = parse(NingJsonRepair.repair(src));
        assertThat(arr).hasSize(2);
        assertThat(arr.getJsonObject(0).getString("description")).isEqualTo("code: }{ and }]{ and }[{ and \"quoted }{\" ]]");
        assertThat(arr.getJsonObject(1).getJsonObject("nested").getJsonArray("a").getJsonObject(1).getString("b")).isEqualTo("}{");
    }

    @Test
    void emptyAndWrapperOnlyFilesGiveNoRecords() {
        assertThat(NingJsonRepair.repair("")).isEqualTo("[]");
        assertThat(NingJsonRepair.repair("()")).isEqualTo("[]");
        assertThat(NingJsonRepair.repair(" ( [ ] ) \n")).isEqualTo("[]");
    }

    @Test
    void unterminatedRecordFailsClearly() {
        assertThatThrownBy(() -> NingJsonRepair.repair("[{\"id\":\"1\"")).isInstanceOf(NingFormatException.class)
                .hasMessageContaining("Unterminated");
        assertThatThrownBy(() -> NingJsonRepair.repair("[{\"id\":\"1}]")).isInstanceOf(NingFormatException.class)
                .hasMessageContaining("inside a string");
    }

    @Test
    void garbageBetweenRecordsFailsClearly() {
        assertThatThrownBy(() -> NingJsonRepair.repair("[{\"id\":1} x {\"id\":2}]")).isInstanceOf(NingFormatException.class)
                .hasMessageContaining("Unexpected character 'x'");
    }

    @Test
    void oversizedRecordIsRefused() {
        String big = "[{\"d\":\"" + "x".repeat(1000) + "\"}]";
        assertThatThrownBy(() -> NingJsonRepair.scan(new StringReader(big), 100, s -> { }))
                .isInstanceOf(NingFormatException.class).hasMessageContaining("exceeds 100");
    }

    @Test
    void deepNestingAndManyBracketsFinishQuickly() {
        String junk = "]".repeat(50_000) + "[".repeat(50_000);
        String deep = "{\"a\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}";
        List<String> out = new ArrayList<>();
        long start = System.nanoTime();
        NingJsonRepair.scan(new StringReader("(" + junk + deep + junk + ")"), 1_000_000, out::add);
        assertThat(out).hasSize(1);
        assertThat((System.nanoTime() - start) / 1_000_000).as("hang guard, not a speed target").isLessThan(30_000);
    }
}
