package com.vita.imports.control;

import com.vita.catalog.control.ProductDraft;
import java.io.Serializable;

/** A row that passed validation: the product it stands for and the image to fetch for it. */
public record ImportRow(SourceRow source, ProductDraft draft, String imageUrl)
    implements Serializable {}
