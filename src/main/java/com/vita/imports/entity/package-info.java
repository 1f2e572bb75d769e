/** The import's own records: one {@link com.vita.imports.entity.ImportJob} per upload. */
package com.vita.imports.entity;
