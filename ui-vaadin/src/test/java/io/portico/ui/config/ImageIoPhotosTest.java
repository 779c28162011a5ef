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
}
