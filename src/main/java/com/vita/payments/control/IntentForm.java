package com.vita.payments.control;

import java.util.UUID;

/**
 * What a buyer asks to pay: a whole checkout (every order of it that is theirs) or one order, with
 * a method every store involved accepts ({@code stripe} for cards).
 */
public record IntentForm(UUID checkoutId, UUID orderId, String method) {}
