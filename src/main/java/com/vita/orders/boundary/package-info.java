/** The orders API ({@code /orders}) and the timer that expires unpaid orders. */
package com.vita.orders.boundary;
