package org.huquq.places;

/**
 * A place's facts changed (published in the transaction that changed them): modules that copy a place's facts onto
 * their own records, such as its country, take the new ones.
 */
public record PlaceChanged(PlaceView place) {
}
