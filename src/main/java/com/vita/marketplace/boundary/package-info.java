/**
 * The marketplace's resources: public reads for anyone (answered as cached JSON text) and the
 * admins' curation, each method {@code @PermitAll} or {@code @RolesAllowed} under a class-level
 * {@code @DenyAll}.
 */
package com.vita.marketplace.boundary;
