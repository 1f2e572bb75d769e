package com.vita.imports.control;

import com.vita.catalog.control.ProductRules;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Turns a source row into a product draft ({@link RowMapping}) and checks it with catalog's rules
 * for the store's currency; a row with any error is rejected ({@link RowRejected}, skippable).
 */
@Named
@Dependent
public class ProductRowProcessor implements ItemProcessor {

  @Inject
  @BatchProperty(name = "currency")
  String currency;

  @Inject ProductRules rules;

  @Override
  public Object processItem(Object item) {
    return RowMapping.mapped((SourceRow) item, currency, rules);
  }
}
