package dev.traverse.command.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostNameValidatorTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "example.com",
                "localhost",
                "a.b.c.example.org",
                "*.example.com",
                "xn--bcher-kva.example",
                "10.0.0.1"
            })
    void acceptsHostNames(String host) {
        assertThat(HostNameValidator.isHostName(host)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "bad host",
                "https://example.com",
                "example.com/path",
                "-lead.example.com",
                "trail-.example.com",
                "example..com",
                "example.com.",
                "*",
                "a.*.example.com",
                "exa_mple.com"
            })
    void rejectsWhatIsNoHostName(String host) {
        assertThat(HostNameValidator.isHostName(host)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void rejectsOverlongNamesAndLabels() {
        assertThat(HostNameValidator.isHostName("a".repeat(64) + ".com")).isFalse();
        assertThat(HostNameValidator.isHostName(("a".repeat(60) + ".").repeat(5) + "com"))
                .isFalse();
    }
}
