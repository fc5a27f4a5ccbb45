// A stand-in for `navigator.geolocation` in the stories: no story asks the real browser. A story
// says what the next request gets (`answerNextLocate('denied')`) just before it presses "use my
// location"; a visitor's own press gets a position in Helmond. A request answered 'locating' never
// answers (the picker stays in its locating state).

export type GeolocationAnswer = 'sorted' | 'locating' | 'denied' | 'unavailable' | 'timeout';

/** Helmond station: the picker sorts Helmond first, then Mierlo, Geldrop, Deurne, Gemert, Nederweert. */
const helmond = { latitude: 51.4755, longitude: 5.6616, accuracy: 30 };

let nextAnswer: GeolocationAnswer = 'sorted';

/** What the next `getCurrentPosition` call gets (then back to 'sorted'). */
export function answerNextLocate(answer: GeolocationAnswer): void {
  nextAnswer = answer;
}

const errorCodes = { denied: 1, unavailable: 2, timeout: 3 } as const;

const standIn: Pick<Geolocation, 'getCurrentPosition'> = {
  getCurrentPosition(success, failure) {
    const answer = nextAnswer;
    nextAnswer = 'sorted';
    if (answer === 'locating') return;
    setTimeout(() => {
      if (answer === 'sorted') {
        success({ coords: { ...helmond, altitude: null, altitudeAccuracy: null, heading: null, speed: null }, timestamp: Date.now() } as GeolocationPosition);
      } else {
        failure?.({ code: errorCodes[answer], message: answer, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 } as GeolocationPositionError);
      }
    }, 50);
  },
};

Object.defineProperty(navigator, 'geolocation', { configurable: true, get: () => standIn });
