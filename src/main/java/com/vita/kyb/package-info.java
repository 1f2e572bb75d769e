/**
 * KYB (know your business): VITA's own verification of the businesses that sell through it, before
 * a store may take payments. This first change brings only the tax identifiers of a business per
 * country ({@link com.vita.kyb.entity.TaxId}), checked offline by each tax authority's published
 * format and check digit; the applications, documents, review and the {@code KybApproved} event
 * come later.
 */
package com.vita.kyb;
