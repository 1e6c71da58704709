// n-body (the Computer Language Benchmarks Game), the reference algorithm: pairwise
// velocity updates in i<j order updating both bodies, then positions. Size from argv[1].
import { reportMemory, sizeArg, fixed9 } from "./common";

const PI: f64 = 3.141592653589793;
const SOLAR_MASS: f64 = 4 * PI * PI;
const DAYS_PER_YEAR: f64 = 365.24;

class Body {
  constructor(public x: f64, public y: f64, public z: f64,
              public vx: f64, public vy: f64, public vz: f64, public mass: f64) {}
}

function planet(x: f64, y: f64, z: f64, vx: f64, vy: f64, vz: f64, mass: f64): Body {
  return new Body(x, y, z, vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR, mass * SOLAR_MASS);
}

function advance(bodies: StaticArray<Body>, dt: f64): void {
  const n = bodies.length;
  for (let i = 0; i < n; i++) {
    const b = unchecked(bodies[i]);
    for (let j = i + 1; j < n; j++) {
      const b2 = unchecked(bodies[j]);
      const dx = b.x - b2.x;
      const dy = b.y - b2.y;
      const dz = b.z - b2.z;
      const distance = Math.sqrt(dx * dx + dy * dy + dz * dz);
      const mag = dt / (distance * distance * distance);
      b.vx -= dx * b2.mass * mag;
      b.vy -= dy * b2.mass * mag;
      b.vz -= dz * b2.mass * mag;
      b2.vx += dx * b.mass * mag;
      b2.vy += dy * b.mass * mag;
      b2.vz += dz * b.mass * mag;
    }
  }
  for (let i = 0; i < n; i++) {
    const b = unchecked(bodies[i]);
    b.x += dt * b.vx;
    b.y += dt * b.vy;
    b.z += dt * b.vz;
  }
}

function energy(bodies: StaticArray<Body>): f64 {
  let e: f64 = 0.0;
  const n = bodies.length;
  for (let i = 0; i < n; i++) {
    const b = unchecked(bodies[i]);
    e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz);
    for (let j = i + 1; j < n; j++) {
      const b2 = unchecked(bodies[j]);
      const dx = b.x - b2.x;
      const dy = b.y - b2.y;
      const dz = b.z - b2.z;
      const distance = Math.sqrt(dx * dx + dy * dy + dz * dz);
      e -= (b.mass * b2.mass) / distance;
    }
  }
  return e;
}

function offsetMomentum(bodies: StaticArray<Body>): void {
  let px: f64 = 0.0, py: f64 = 0.0, pz: f64 = 0.0;
  for (let i = 0; i < bodies.length; i++) {
    const b = bodies[i];
    px += b.vx * b.mass;
    py += b.vy * b.mass;
    pz += b.vz * b.mass;
  }
  bodies[0].vx = -px / SOLAR_MASS;
  bodies[0].vy = -py / SOLAR_MASS;
  bodies[0].vz = -pz / SOLAR_MASS;
}

const n = sizeArg(1000);
const bodies: StaticArray<Body> = [
  new Body(0, 0, 0, 0, 0, 0, SOLAR_MASS),
  planet(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
    1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05, 9.54791938424326609e-04),
  planet(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
    -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05, 2.85885980666130812e-04),
  planet(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
    2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05, 4.36624404335156298e-05),
  planet(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
    2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05, 5.15138902046611451e-05),
];
offsetMomentum(bodies);
process.stdout.write(fixed9(energy(bodies)) + "\n");
for (let i = 1; i <= n; i++) advance(bodies, 0.01);
process.stdout.write(fixed9(energy(bodies)) + "\n");
reportMemory();
