package com.vita.catalog.control;

import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import com.vita.catalog.entity.ImageSize;
import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Turns an uploaded picture into the catalogue's renditions (200, 800 and 1600 px on the longer
 * side, never enlarged). The format is recognised by its first bytes (JPEG, PNG, WebP), the size is
 * read from the header before a single pixel is decoded, so a small file that claims 50,000 ×
 * 50,000 px is refused without allocating anything, and a large photo is decoded subsampled to what
 * the largest rendition needs. Every rendition is a new image encoded from pixels only (JPEG, or
 * PNG when the picture has transparency): EXIF, GPS, comments and colour-profile tricks of the
 * upload are not carried over.
 *
 * <p>Readers are TwelveMonkeys' (JPEG, including CMYK; WebP) and the JDK's (PNG), created directly
 * rather than found through the JVM-wide ImageIO registry, which a web application should not fill.
 */
public final class ImageRenditions {

  static final float JPEG_QUALITY = 0.85f;

  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

  private final long maxPixels;

  /**
   * @param maxPixels the largest width × height accepted (the header says; nothing is decoded
   *     beyond it)
   */
  public ImageRenditions(long maxPixels) {
    this.maxPixels = maxPixels;
  }

  /** One rendition: its encoded bytes and size. */
  public record Rendition(byte[] bytes, int width, int height) {}

  /** The renditions of one picture, all in one media type. */
  public record Rendered(String mediaType, Map<ImageSize, Rendition> renditions) {
    public Rendition largest() {
      return renditions.get(ImageSize.LARGE);
    }
  }

  enum Format {
    JPEG,
    PNG,
    WEBP
  }

  /**
   * @throws ProblemException 415 for content that is not JPEG, PNG or WebP, 400 for a picture
   *     larger than {@code maxPixels} or one that cannot be decoded
   */
  public Rendered render(byte[] upload) {
    Format format = formatOf(upload);
    BufferedImage picture = decode(upload, format);
    boolean transparent = picture.getColorModel().hasAlpha();
    Map<ImageSize, Rendition> renditions = new EnumMap<>(ImageSize.class);
    for (ImageSize size : ImageSize.values()) {
      BufferedImage scaled = scaled(picture, size.pixels(), transparent);
      renditions.put(
          size, new Rendition(encode(scaled, transparent), scaled.getWidth(), scaled.getHeight()));
    }
    return new Rendered(transparent ? "image/png" : "image/jpeg", renditions);
  }

  static Format formatOf(byte[] head) {
    if (startsWith(head, JPEG)) {
      return Format.JPEG;
    }
    if (startsWith(head, PNG)) {
      return Format.PNG;
    }
    if (head.length >= 12
        && Arrays.equals(head, 0, 4, new byte[] {'R', 'I', 'F', 'F'}, 0, 4)
        && Arrays.equals(head, 8, 12, new byte[] {'W', 'E', 'B', 'P'}, 0, 4)) {
      return Format.WEBP;
    }
    throw new ProblemException(
        ProblemType.UNSUPPORTED_MEDIA_TYPE,
        "The image is not a JPEG, PNG or WebP (checked by its content, not its name)");
  }

  private BufferedImage decode(byte[] upload, Format format) {
    ImageReader reader = readerFor(format);
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
      reader.setInput(in, true, true); // seek forward only, ignore metadata
      long width = reader.getWidth(0);
      long height = reader.getHeight(0);
      if (width <= 0 || height <= 0 || width * height > maxPixels) {
        throw ProblemException.invalidField(
            "image",
            "is " + width + " x " + height + " px; at most " + maxPixels + " pixels are accepted");
      }
      // Decode no more than twice the largest rendition: a 48-megapixel photo costs 36 MB, not 190.
      int factor = (int) Math.max(1, Math.max(width, height) / (2L * ImageSize.LARGE.pixels()));
      ImageReadParam param = reader.getDefaultReadParam();
      param.setSourceSubsampling(factor, factor, 0, 0);
      return reader.read(0, param);
    } catch (IOException | RuntimeException e) {
      if (e instanceof ProblemException problem) {
        throw problem;
      }
      throw ProblemException.invalidField("image", "cannot be read as an image");
    } finally {
      reader.dispose();
    }
  }

  private static ImageReader readerFor(Format format) {
    try {
      return switch (format) {
        case JPEG -> new JPEGImageReaderSpi().createReaderInstance();
        case WEBP -> new WebPImageReaderSpi().createReaderInstance();
        case PNG -> ImageIO.getImageReadersByFormatName("png").next();
      };
    } catch (IOException e) {
      throw new IllegalStateException("No " + format + " reader", e);
    }
  }

  /** Fits the picture into a square of {@code side}, halving in steps for a smooth result. */
  static BufferedImage scaled(BufferedImage source, int side, boolean transparent) {
    int w = source.getWidth();
    int h = source.getHeight();
    double scale = Math.min(1.0, (double) side / Math.max(w, h));
    int targetW = Math.max(1, (int) Math.round(w * scale));
    int targetH = Math.max(1, (int) Math.round(h * scale));
    BufferedImage current = source;
    do {
      int nextW = Math.max(targetW, current.getWidth() / 2);
      int nextH = Math.max(targetH, current.getHeight() / 2);
      if (current != source && nextW == current.getWidth() && nextH == current.getHeight()) {
        break;
      }
      current = drawn(current, nextW, nextH, transparent);
    } while (current.getWidth() > targetW || current.getHeight() > targetH);
    return current;
  }

  private static BufferedImage drawn(BufferedImage source, int w, int h, boolean transparent) {
    BufferedImage target =
        new BufferedImage(
            w, h, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = target.createGraphics();
    try {
      if (!transparent) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
      } else {
        g.setComposite(AlphaComposite.Src);
      }
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(source, 0, 0, w, h, null);
    } finally {
      g.dispose();
    }
    return target;
  }

  private static byte[] encode(BufferedImage image, boolean png) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName(png ? "png" : "jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      if (!png) {
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
      }
      // No metadata argument: the writer emits only what the pixels need (JFIF or IHDR).
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new IllegalStateException("Encoding into memory failed", e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  private static boolean startsWith(byte[] head, byte[] magic) {
    return head.length >= magic.length
        && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
  }
}
