package com.vita.catalog.boundary;

import static com.vita.catalog.boundary.TestCatalog.as;
import static com.vita.catalog.boundary.TestCatalog.created;
import static com.vita.catalog.boundary.TestCatalog.product;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.catalog.control.TestImages;
import com.vita.testing.TestDatabase;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Product pictures: checked by content, renditions without metadata, limits, who sees them. */
class ProductImagesIT {

  private final TestCatalog.Seller seller = TestCatalog.seller();
  private final String storeId = TestCatalog.store(seller, null);
  private final String productId = created(seller.token(), product(storeId, "Camera", 300, 1));

  private static Response upload(String token, String productId, byte[]... files) {
    RequestSpecification request = as(token).contentType("multipart/form-data");
    for (int i = 0; i < files.length; i++) {
      request = request.multiPart("image", "photo" + i + ".jpg", files[i], "image/jpeg");
    }
    return request.post("/api/v1/products/" + productId + "/images");
  }

  private static long imagesOf(String productId) throws Exception {
    return (Long)
        TestDatabase.rows(
                "select count(*) as n from product_image where product_id = ?",
                UUID.fromString(productId))
            .get(0)
            .get("n");
  }

  @Test
  void aPhotoIsServedInThreeSizesWithoutItsLocation() throws Exception {
    Response r = upload(seller.token(), productId, TestImages.jpegWithGps(2000, 1500));
    r.then()
        .statusCode(201)
        .body("images.size()", equalTo(1))
        .body("images[0].width", equalTo(1600));
    Map<String, String> urls = r.path("images[0].urls");
    assertEquals(3, urls.size());
    for (Map.Entry<String, String> url : urls.entrySet()) {
      Response image = as(null).get(url.getValue());
      image.then().statusCode(200).contentType("image/jpeg");
      byte[] bytes = image.asByteArray();
      assertFalse(TestImages.contains(bytes, "Exif"));
      assertFalse(TestImages.contains(bytes, "secret-home"));
      BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
      assertEquals(Integer.parseInt(url.getKey()), decoded.getWidth());
    }
    TestCatalog.get(null, productId).then().body("images[0].urls.'200'", equalTo(urls.get("200")));
    as(null).get(urls.get("200").replace("/200", "/300")).then().statusCode(404);
  }

  @Test
  void webpAndTransparentPngAreAccepted() {
    upload(seller.token(), productId, TestImages.WEBP_1X1).then().statusCode(201);
    Response png =
        upload(
            seller.token(),
            productId,
            TestImages.encoded(TestImages.picture(300, 300, true), "png"));
    png.then().statusCode(201);
    as(null).get(png.<String>path("images[0].urls.'800'")).then().contentType("image/png");
  }

  @Test
  void whatIsNotAPictureOrTooBigIsRefusedAndNothingKept() throws Exception {
    upload(seller.token(), productId, "GIF89a not really".getBytes())
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
    upload(seller.token(), productId, TestImages.pngClaiming(50_000, 50_000))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("image"));
    byte[] eleven = new byte[11 * 1024 * 1024];
    System.arraycopy(TestImages.jpegWithGps(10, 10), 0, eleven, 0, 100);
    assertEquals(413, upload(seller.token(), productId, eleven).statusCode());
    assertEquals(0, imagesOf(productId));
  }

  @Test
  void aProductHasAtMostTenImages() throws Exception {
    byte[] small = TestImages.encoded(TestImages.picture(20, 20, false), "jpeg");
    byte[][] ten = new byte[10][];
    java.util.Arrays.fill(ten, small);
    upload(seller.token(), productId, ten)
        .then()
        .statusCode(201)
        .body("images.size()", equalTo(10));
    upload(seller.token(), productId, small)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("image"));
    assertEquals(10, imagesOf(productId));
  }

  @Test
  void onlyTheOwnerUploadsAndADraftsPicturesAreTheOwners() {
    byte[] small = TestImages.encoded(TestImages.picture(20, 20, false), "jpeg");
    upload(TestCatalog.seller().token(), productId, small).then().statusCode(404);
    upload(null, productId, small).then().statusCode(401);
    upload(seller.token(), UUID.randomUUID().toString(), small).then().statusCode(404);
    as(seller.token())
        .contentType("multipart/form-data")
        .multiPart("other", "x")
        .post("/api/v1/products/" + productId + "/images")
        .then()
        .statusCode(400);

    Map<String, Object> body = product(storeId, "Secret draft", 300, 1);
    body.put("status", "draft");
    String draft = created(seller.token(), body);
    String url = upload(seller.token(), draft, small).path("images[0].urls.'200'");
    as(null).get(url).then().statusCode(404);
    as(TestCatalog.seller().token()).get(url).then().statusCode(404);
    as(seller.token()).get(url).then().statusCode(200);
    assertTrue(url.startsWith("/api/v1/products/" + draft + "/images/"));
    as(null).get("/api/v1/products/" + draft + "/images/nope/200").then().statusCode(404);
    as(seller.token())
        .get("/api/v1/products/" + productId + url.substring(url.indexOf("/images/")))
        .then()
        .statusCode(404);
  }
}
