/**
 * The signing entry point for training code: manifest plus model directory to a signed envelope, written atomically.
 */
package dev.mlbom.sign;
