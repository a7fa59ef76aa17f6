package dev.traverse.command.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class MediaTypesTest {

    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Test
    void recognisesTheAcceptedTypesByTheirBytes() {
        assertThat(MediaTypes.sniff(PNG)).contains(MediaTypes.PNG);
        assertThat(MediaTypes.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0}))
                .contains(MediaTypes.JPEG);
        assertThat(MediaTypes.sniff("GIF89a....".getBytes(StandardCharsets.US_ASCII)))
                .contains(MediaTypes.GIF);
        assertThat(MediaTypes.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)))
                .contains(MediaTypes.WEBP);
        assertThat(MediaTypes.sniff(" {\"a\": [1, 2]} ".getBytes(StandardCharsets.UTF_8)))
                .contains(MediaTypes.JSON);
        assertThat(MediaTypes.sniff("[]".getBytes(StandardCharsets.UTF_8))).contains(MediaTypes.JSON);
    }

    @Test
    void refusesEverythingElse() {
        assertThat(MediaTypes.sniff("hello".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(MediaTypes.sniff("{\"a\": ".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(MediaTypes.sniff("{} trailing".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(MediaTypes.sniff("42".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(MediaTypes.sniff("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(MediaTypes.sniff(new byte[0])).isEmpty();
    }
}
