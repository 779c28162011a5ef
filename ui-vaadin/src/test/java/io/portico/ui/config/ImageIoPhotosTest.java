package io.portico.ui.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.domain.shared.InvalidInputException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageIoPhotosTest {

    private final ImageIoPhotos photos = new ImageIoPhotos();

    @Test
    void F1_a_photo_is_cropped_to_a_square_and_resized() throws IOException {
        var jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB), "jpg", jpeg);

        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(photos.squarePng(jpeg.toByteArray(), 256)));

        assertThat(stored.getWidth()).isEqualTo(256);
        assertThat(stored.getHeight()).isEqualTo(256);
    }

    @Test
    void F1_a_file_that_is_no_picture_is_refused_naming_the_field() {
        assertThatThrownBy(() -> photos.squarePng("not a picture".getBytes(), 256))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("photo"));
    }

    @Test
    void issue10_15_a_tiny_file_declaring_30000_by_30000_pixels_is_refused_without_decoding_it() {
        byte[] bomb = pngHeaderOnly(30_000, 30_000);
        assertThat(bomb.length).isLessThan(100);

        assertThatThrownBy(() -> photos.squarePng(bomb, 256))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("photo");
                    assertThat(e.messageKey()).isEqualTo("photo.too-many-pixels");
                    assertThat(e.arguments()).containsExactly(40);
                });
    }

    @Test
    void issue10_15_up_to_40_megapixels_is_read() throws IOException {
        assertThatThrownBy(() -> photos.squarePng(pngHeaderOnly(40_000_001, 1), 256))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("photo.too-many-pixels"));
        var png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8_000, 5_000, BufferedImage.TYPE_BYTE_GRAY), "png", png);
        assertThat(photos.squarePng(png.toByteArray(), 16)).isNotEmpty();
    }

    /** A PNG whose header declares the size and which holds no pixels at all. */
    private static byte[] pngHeaderOnly(int width, int height) {
        var header = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", header.array());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        var crc = new java.util.zip.CRC32();
        crc.update(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        crc.update(data);
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.writeBytes(data);
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
