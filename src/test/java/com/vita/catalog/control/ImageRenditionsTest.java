package com.vita.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.catalog.entity.ImageSize;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageRenditionsTest {

  private final ImageRenditions renditions = new ImageRenditions(100_000_000);

  @Test
  void aPhotoBecomesThreeJpegsFittedToTheirSizes() throws IOException {
    ImageRenditions.Rendered r = renditions.render(TestImages.jpegWithGps(2400, 1200));
    assertEquals("image/jpeg", r.mediaType());
    assertEquals(1600, r.renditions().get(ImageSize.LARGE).width());
    assertEquals(800, r.renditions().get(ImageSize.LARGE).height());
    assertEquals(800, r.renditions().get(ImageSize.MEDIUM).width());
    assertEquals(200, r.renditions().get(ImageSize.SMALL).width());
    assertEquals(100, r.renditions().get(ImageSize.SMALL).height());
    for (ImageRenditions.Rendition each : r.renditions().values()) {
      BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(each.bytes()));
      assertEquals(each.width(), decoded.getWidth());
      assertEquals(each.height(), decoded.getHeight());
    }
  }

  @Test
  void exifAndGpsAreNotCarriedOver() {
    byte[] upload = TestImages.jpegWithGps(900, 600);
    assertTrue(TestImages.contains(upload, "Exif"), "the upload has EXIF");
    assertTrue(TestImages.contains(upload, TestImages.GPS_MARKER), "and a location");
    for (ImageRenditions.Rendition each : renditions.render(upload).renditions().values()) {
      assertFalse(TestImages.contains(each.bytes(), "Exif"));
      assertFalse(TestImages.contains(each.bytes(), "GPS"));
      assertFalse(TestImages.contains(each.bytes(), "secret-home"));
    }
  }

  @Test
  void aSmallPictureIsNeverEnlarged() {
    ImageRenditions.Rendered r =
        renditions.render(TestImages.encoded(TestImages.picture(150, 90, false), "png"));
    assertEquals("image/jpeg", r.mediaType(), "opaque pictures become JPEG");
    assertEquals(150, r.largest().width());
    assertEquals(90, r.largest().height());
    assertEquals(150, r.renditions().get(ImageSize.SMALL).width());
  }

  @Test
  void transparencyIsKeptAsPng() throws IOException {
    ImageRenditions.Rendered r =
        renditions.render(TestImages.encoded(TestImages.picture(1000, 1000, true), "png"));
    assertEquals("image/png", r.mediaType());
    byte[] small = r.renditions().get(ImageSize.SMALL).bytes();
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(small));
    assertTrue(decoded.getColorModel().hasAlpha());
    assertEquals(200, decoded.getWidth());
  }

  @Test
  void webpIsRead() {
    ImageRenditions.Rendered r = renditions.render(TestImages.WEBP_1X1);
    assertEquals(1, r.largest().width());
    assertEquals(1, r.largest().height());
  }

  @Test
  void aLargePhotoIsDecodedSubsampledToTheLargestRendition() {
    ImageRenditions.Rendered r =
        renditions.render(TestImages.encoded(TestImages.picture(6500, 3300, false), "jpeg"));
    assertEquals(1600, r.largest().width());
    assertEquals(812, r.largest().height(), 2.0);
  }

  @Test
  void aDecompressionBombIsRefusedFromItsHeader() {
    byte[] bomb = TestImages.pngClaiming(50_000, 50_000);
    assertTrue(bomb.length < 100, "a tiny file");
    ProblemException refused =
        assertTimeoutPreemptively(
            Duration.ofSeconds(2),
            () -> assertThrows(ProblemException.class, () -> renditions.render(bomb)));
    assertEquals(ProblemType.VALIDATION, refused.type());
    assertEquals("image", refused.errors().get(0).field());
    assertTrue(refused.errors().get(0).message().contains("50000 x 50000"));
  }

  @Test
  void theLimitIsConfigurable() {
    ImageRenditions strict = new ImageRenditions(10_000);
    byte[] png = TestImages.encoded(TestImages.picture(101, 100, false), "png");
    assertThrows(ProblemException.class, () -> strict.render(png));
    assertEquals(
        100,
        strict
            .render(TestImages.encoded(TestImages.picture(100, 100, false), "png"))
            .largest()
            .width());
  }

  @Test
  void somethingElseIs415AndABrokenPictureIs400() {
    ProblemException other =
        assertThrows(ProblemException.class, () -> renditions.render("GIF89a....".getBytes()));
    assertEquals(ProblemType.UNSUPPORTED_MEDIA_TYPE, other.type());
    assertEquals(
        ProblemType.UNSUPPORTED_MEDIA_TYPE,
        assertThrows(ProblemException.class, () -> renditions.render(new byte[0])).type());
    byte[] truncated = new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    ProblemException broken =
        assertThrows(ProblemException.class, () -> renditions.render(truncated));
    assertEquals(ProblemType.VALIDATION, broken.type());
    byte[] riffNotWebp = "RIFF\0\0\0\0WAVEfmt ".getBytes();
    assertEquals(
        ProblemType.UNSUPPORTED_MEDIA_TYPE,
        assertThrows(ProblemException.class, () -> renditions.render(riffNotWebp)).type());
  }
}
