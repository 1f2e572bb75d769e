package com.vita.stores.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vita.platform.problems.ProblemException;
import com.vita.stores.entity.PaymentMethod;
import com.vita.stores.entity.Store;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoreFormTest {

  @Test
  void textIsTrimmedAndABlankDescriptionIsNone() {
    Store.Profile p = new StoreForm("  Test Store ", "   ", " electronics ", null, null).profile();
    assertEquals(new Store.Profile("Test Store", null, "electronics"), p);
    assertEquals(
        "<b>x</b>", new StoreForm("Tienda", " <b>x</b> ", "c", null, null).profile().description());
  }

  @Test
  void aNameShortOnceTrimmedIsRefusedOnTheNameField() {
    ProblemException refused =
        assertThrows(
            ProblemException.class, () -> new StoreForm(" ab  ", null, "c", null, null).profile());
    assertEquals("name", refused.errors().get(0).field());
    assertEquals(400, refused.type().status());
  }

  @Test
  void paymentMethodsAreOptionalButNeverEmpty() {
    assertTrue(new StoreForm("Tienda", null, "c", null, null).methods().isEmpty());
    assertEquals(
        EnumSet.of(PaymentMethod.CREGIS, PaymentMethod.STRIPE),
        new StoreForm("Tienda", null, "c", null, Set.of("stripe", "cregis"))
            .methods()
            .orElseThrow());
    ProblemException empty =
        assertThrows(
            ProblemException.class,
            () -> new StoreForm("Tienda", null, "c", null, Set.of()).methods());
    assertEquals("paymentMethods", empty.errors().get(0).field());
    assertThrows(
        ProblemException.class,
        () -> new StoreForm("Tienda", null, "c", null, Set.of("paypal")).methods());
    assertNull(new StoreForm("Tienda", null, "c", null, null).country());
  }
}
