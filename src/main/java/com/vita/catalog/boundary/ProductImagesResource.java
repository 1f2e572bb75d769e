package com.vita.catalog.boundary;

import com.vita.catalog.boundary.CatalogViews.ImageView;
import com.vita.catalog.control.ProductImages;
import com.vita.catalog.entity.ImageSize;
import com.vita.platform.http.MultipartForm;
import com.vita.platform.problems.NotFoundProblem;
import com.vita.platform.security.Role;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A product's pictures: uploaded by the store's owner as {@code multipart/form-data} (field {@code
 * image}, one or more), served as renditions to whoever may see the product.
 */
@Path("products/{productId}/images")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products", description = "Catalogue, stock and images")
public class ProductImagesResource {

  static final String FIELD = "image";

  @Inject ProductImages images;

  @POST
  @RolesAllowed({Role.SELLER_CLAIM, Role.ADMIN_CLAIM})
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary =
          "Upload pictures (field image; JPEG, PNG or WebP by content, at most 10 MB each and 10"
              + " per product): kept as 200, 800 and 1600 px renditions without metadata")
  public Response upload(@PathParam("productId") String productId, List<EntityPart> parts) {
    MultipartForm form = MultipartForm.of(parts, FIELD, images.maxPerProduct());
    List<ImageView> added =
        images.add(ProductsResource.id(productId), form.files()).stream()
            .map(ImageView::of)
            .toList();
    return Response.created(URI.create("products/" + productId))
        .entity(Map.of("images", added))
        .build();
  }

  @GET
  @Path("{imageId}/{size}")
  @PermitAll
  @Transactional
  @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON})
  @Operation(summary = "One rendition of a picture: size 200, 800 or 1600")
  public Response rendition(
      @PathParam("productId") String productId,
      @PathParam("imageId") String imageId,
      @PathParam("size") String size) {
    ImageSize rendition =
        ImageSize.of(size).orElseThrow(() -> new NotFoundProblem("No such image size"));
    ProductImages.Content content =
        images.open(
            ProductsResource.id(productId),
            NotFoundProblem.idIn(imageId, "No such image"),
            rendition);
    StreamingOutput body =
        out -> {
          try (InputStream in = content.bytes()) {
            in.transferTo(out);
          }
        };
    return Response.ok(body, content.mediaType()).build();
  }
}
