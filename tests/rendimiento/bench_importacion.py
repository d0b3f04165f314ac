"""Importar el padrón desde .xlsx como lo espera quien escribe la orden: «escritorio --db BASE miembros importar
ARCHIVO.xlsx», proceso entero (arrancar, abrir la base, leer, validar, emparejar, escribir con su bitácora y su
sello), frente a un proceso de Python que lee el mismo archivo con openpyxl en modo de solo lectura y lo vuelca con
executemany a una tabla plana de 13 columnas en una base sqlite nueva. Pares alternados, medianas; cada corrida
escribe en una base recién copiada (la base vacía de Escritorio, con su asociación, se prepara una vez, fuera de la
medición).

Con 1.000, 16.000 y 100.000 filas. Metas (issue #17):
- tiempo: razón ≤ 1,3x frente a la línea base con 16.000 y con 100.000 filas (con 1.000 se informa: allí pesa el
  arranque del programa, no la importación);
- el tiempo crece a lo sumo en línea recta: el costo de cada fila de 16.000 a 100.000 no pasa de 1,25 veces el
  costo de cada fila de 1.000 a 16.000;
- la memoria no crece con el archivo: el pico del proceso de Escritorio con 100.000 filas ≤ 1,5 veces el pico con
  1.000 filas.
"""

import shutil
import sys
import tempfile
from pathlib import Path

from comun import alternar, correr_proceso, escribir_xlsx, filas_miembros, objetivo

TAMANOS = (1_000, 16_000, 100_000)
PARES = 5
RAZON_MAXIMA = 1.3
CRECIMIENTO_POR_FILA_MAXIMO = 1.25
PICO_MAXIMO_RELATIVO = 1.5

LINEA_BASE = ("import sqlite3, sys\n"
              "from openpyxl import load_workbook\n"
              "conn = sqlite3.connect(sys.argv[2])\n"
              "conn.execute('CREATE TABLE filas (' + ', '.join(f'c{i}' for i in range(13)) + ')')\n"
              "libro = load_workbook(sys.argv[1], read_only=True, data_only=True)\n"
              "filas = libro.worksheets[0].iter_rows(min_row=2, values_only=True)\n"
              "with conn:\n"
              "    conn.executemany('INSERT INTO filas VALUES (' + ', '.join('?' * 13) + ')', filas)\n"
              "libro.close()\n"
              "conn.close()\n")


def _base_vacia(carpeta: Path) -> Path:
    """La base de Escritorio con su asociación y sin miembros: cada corrida importa en una copia de ella."""
    from escritorio.datos.apertura import cerrar
    from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
    from escritorio.servicios.base import abrir_base

    ruta = carpeta / "vacia.db"
    db = abrir_base(ruta)
    crear_asociacion(db, NuevaAsociacion(nombre="Red de prueba", sigla="RP"))
    cerrar(db)
    return ruta


class _Corridas:
    """Prepara (fuera de la medición) la base nueva de cada corrida y lanza los dos procesos."""

    def __init__(self, carpeta: Path, vacia: Path, archivo: Path, cantidad: int):
        self.carpeta, self.vacia, self.archivo, self.cantidad = carpeta, vacia, archivo, cantidad
        self.numero = 0

    def _ruta_nueva(self, prefijo: str) -> Path:
        self.numero += 1
        return self.carpeta / f"{prefijo}-{self.cantidad}-{self.numero}.db"

    def linea_base(self):
        return correr_proceso([sys.executable, "-c", LINEA_BASE, str(self.archivo), str(self._ruta_nueva("base"))])

    def escritorio(self):
        ruta = self._ruta_nueva("escritorio")
        shutil.copyfile(self.vacia, ruta)
        corrida = correr_proceso([sys.executable, "-m", "escritorio", "--db", str(ruta), "miembros", "importar",
                                  str(self.archivo)])
        esperado = f"{self.cantidad} nuevos, 0 actualizados, 0 sin cambios"
        if esperado not in corrida.salida:
            raise RuntimeError(f"la importación no informó «{esperado}»:\n{corrida.salida[-2000:]}")
        for sufijo in ("", "-wal", "-shm", ".testigo"):  # 100.000 miembros ocupan lugar: se borra al terminar
            Path(str(ruta) + sufijo).unlink(missing_ok=True)
        return corrida


def _medir(carpeta: Path, vacia: Path, cantidad: int):
    archivo = escribir_xlsx(carpeta / f"padron-{cantidad}.xlsx", filas_miembros(cantidad))
    corridas = _Corridas(carpeta, vacia, archivo, cantidad)
    comparacion = alternar(corridas.linea_base, corridas.escritorio, pares=PARES)
    print(f"Importación de {cantidad:,} miembros (.xlsx) por la CLI: línea base {comparacion.segundos_base:.3f} s · "
          f"Escritorio {comparacion.segundos:.3f} s · razón {comparacion.razon:.2f}x · "
          f"pico Escritorio {comparacion.pico_mb:.0f} MB (línea base {max(c.pico_mb for c in comparacion.base):.0f} MB)"
          .replace(",", "."), flush=True)
    return comparacion


def main() -> bool:
    with tempfile.TemporaryDirectory() as temporal:
        carpeta = Path(temporal)
        vacia = _base_vacia(carpeta)
        medidas = {cantidad: _medir(carpeta, vacia, cantidad) for cantidad in TAMANOS}
    chica, mediana, grande = (medidas[c] for c in TAMANOS)
    cumple = []
    for cantidad in TAMANOS[1:]:
        cumple.append(objetivo(f"razón con {cantidad:,} filas".replace(",", "."), medidas[cantidad].razon,
                               RAZON_MAXIMA, "x"))
    print(f"  (con {TAMANOS[0]:,} filas la razón es {chica.razon:.2f}x; pesa el arranque y no lleva meta)".replace(",", "."))
    por_fila_antes = (mediana.segundos - chica.segundos) / (TAMANOS[1] - TAMANOS[0]) * 1e6
    por_fila_despues = (grande.segundos - mediana.segundos) / (TAMANOS[2] - TAMANOS[1]) * 1e6
    print(f"  costo por fila: {por_fila_antes:.1f} µs de {TAMANOS[0]:,} a {TAMANOS[1]:,}; {por_fila_despues:.1f} µs de "
          f"{TAMANOS[1]:,} a {TAMANOS[2]:,}".replace(",", "."))
    cumple.append(objetivo("crecimiento del tiempo por fila (16.000→100.000 / 1.000→16.000)",
                           por_fila_despues / por_fila_antes, CRECIMIENTO_POR_FILA_MAXIMO, "x"))
    print("  pico de memoria de Escritorio: " + " · ".join(
        f"{cantidad:,} filas {medidas[cantidad].pico_mb:.0f} MB".replace(",", ".") for cantidad in TAMANOS))
    limite_mb = PICO_MAXIMO_RELATIVO * chica.pico_mb
    cumple.append(objetivo(f"pico con {TAMANOS[2]:,} filas (≤ {PICO_MAXIMO_RELATIVO:g} × el de {TAMANOS[0]:,})"
                           .replace(",", "."), grande.pico_mb, round(limite_mb, 1), "MB"))
    return all(cumple)


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
