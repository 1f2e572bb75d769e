package com.vita.stores.control;

/** TEMPORARY stand-in for the stores branch's contract; replaced by the merge of `stores`. */
public sealed interface StoreAddress {
  record Found(StoreCard store) implements StoreAddress {}

  record Moved(String currentSlug) implements StoreAddress {}

  record Missing() implements StoreAddress {}
}
