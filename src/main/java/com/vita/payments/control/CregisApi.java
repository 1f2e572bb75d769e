package com.vita.payments.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The part of Cregis' project API VITA uses, as a MicroProfile Rest Client built by {@link
 * CregisClient} with {@code CREGIS_API_URL}. Cregis takes every parameter in a JSON body of a POST
 * and answers {@code {code, msg, data}}; bodies are JSON text so only {@link CregisClient} knows
 * Cregis' field names. Paths sit on the methods: an interface annotated {@code @Path} would be
 * served as one of VITA's own resources.
 */
public interface CregisApi {

  /** 地址收款>创建: a deposit address on a chain, whose deposits Cregis reports to callback_url. */
  @POST
  @Path("/api/v1/address/create")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  String createAddress(String body);

  /** 提币>发起: send an amount of a coin to an address; answers the payout's {@code cid}. */
  @POST
  @Path("/api/v1/payout")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  String payout(String body);

  /** 提币>查询: where a payout stands. */
  @POST
  @Path("/api/v1/payout/query")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  String queryPayout(String body);
}
