"""Lo que se comprueba antes de la primera escritura de una base grande que todavía no se recorrió entera (una copia,
un respaldo copiado encima a mano, una base movida de carpeta; la que restaura Escritorio queda sellada), para no
hacer esperar la comprobación completa a quien guarda.

`PRAGMA quick_check` recorre cada página: con 100.000 miembros (cientos de MB) es más de un segundo de procesador
antes de cada primer pago. Lo que
importa antes de escribir es que la escritura no caiga en daño ni lo extienda. Una escritura de SQLite solo lee y
reescribe las páginas del camino de la raíz a la hoja donde va la fila (y sus vecinas si rebalancea), y las páginas
nuevas las toma de la lista de páginas libres o las agrega al final del archivo. Por eso, antes de escribir:

- la cabecera: la firma de SQLite, un tamaño de página válido y un archivo que mide lo que la cabecera dice (una
  copia cortada a la mitad, un archivo truncado o con un pedazo de menos no pasan);
- la lista de páginas libres, entera (es corta): cada página dentro del archivo, ninguna repetida, y tantas como dice
  la cabecera (una página libre que apunta a otra en uso haría que la escritura pise datos ajenos);
- y durante la escritura, `PRAGMA cell_size_check`: cada página que la escritura lee se revisa entera al cargarla
  (celdas dentro de la página, sin superponerse); una página dañada en el camino hace fallar la transacción, que se
  deshace sin haber tocado el archivo (en modo WAL nada llega a la base antes de confirmar).

Lo que esto no ve es daño en páginas que la escritura no toca: ahí la escritura no lo extiende, y lo encuentra la
comprobación completa, que sigue pendiente (la ventana la hace en segundo plano; la línea de órdenes lo avisa y
«escritorio verificar» la hace y sella la base). El sello de la base (integridad.py) se pone solo cuando una
comprobación completa pasa. docs/garantias.md lo explica para quien usa el programa.

Hasta `limite_en_bytes()` (32 MB: menos de una décima de segundo de `quick_check`) la base se sigue recorriendo entera
antes de escribir: ahí no hay espera que ahorrar.
"""

import os
from pathlib import Path

from ..dominio.traduccion import traducir

FIRMA = b"SQLite format 3\x00"
LIMITE_MB = 32
VARIABLE_LIMITE = "ESCRITORIO_COMPROBAR_ANTES_MB"


def limite_en_bytes() -> int:
    """Hasta qué tamaño la base se comprueba entera antes de la primera escritura. ESCRITORIO_COMPROBAR_ANTES_MB lo
    cambia (una oficina que prefiere esperar siempre la comprobación completa pone un número grande)."""
    valor = os.environ.get(VARIABLE_LIMITE, "").strip()
    try:
        megas = float(valor) if valor else LIMITE_MB
    except ValueError:
        megas = LIMITE_MB
    return int(max(megas, 0) * 2**20)


def alcanza_la_previa(ruta: Path) -> bool:
    """¿Se puede escribir en la base con la comprobación previa (y dejar la completa para después)? Solo si es más
    grande que el límite y su diario -wal está vacío: lo que haya en el diario no está en el archivo que se mira."""
    try:
        tamano = os.stat(ruta).st_size
    except OSError:
        return False
    try:
        diario = os.stat(str(ruta) + "-wal").st_size
    except OSError:
        diario = 0
    return tamano > limite_en_bytes() and diario == 0


def problemas_previos(ruta: Path) -> list[str]:
    """Lo que la comprobación previa encuentra dañado en el archivo (vacía si nada). Lee la cabecera y las páginas de
    la lista de páginas libres, nada más."""
    try:
        with open(ruta, "rb") as archivo:
            return _problemas(archivo, os.fstat(archivo.fileno()).st_size)
    except OSError as error:
        return [traducir("no se pudo leer el archivo ({0})").format(error.strerror or error)]


def _problemas(archivo, tamano: int) -> list[str]:
    cabecera = archivo.read(100)
    if len(cabecera) < 100 or cabecera[:16] != FIRMA:
        return [traducir("la cabecera no es la de una base SQLite")]
    pagina = int.from_bytes(cabecera[16:18], "big")
    pagina = 65536 if pagina == 1 else pagina
    if pagina < 512 or pagina & (pagina - 1):
        return [traducir("la cabecera dice un tamaño de página imposible ({0})").format(pagina)]
    util = pagina - cabecera[20]
    if tamano % pagina:
        return [traducir("el archivo mide {0} bytes, que no son páginas enteras de {1}: está cortado").format(
            tamano, pagina)]
    paginas = int.from_bytes(cabecera[28:32], "big")
    cambios, valida_para = cabecera[24:28], cabecera[92:96]
    if paginas == 0 or cambios != valida_para:
        paginas = tamano // pagina   # la cabecera no lleva la cuenta (otro programa): manda el archivo
    elif tamano < paginas * pagina:
        return [traducir("el archivo tiene {0} páginas y la cabecera dice {1}: le falta un pedazo").format(
            tamano // pagina, paginas)]
    return _problemas_de_las_libres(archivo, pagina, util, paginas, int.from_bytes(cabecera[32:36], "big"),
                                    int.from_bytes(cabecera[36:40], "big"))


def _problemas_de_las_libres(archivo, pagina: int, util: int, paginas: int, tronco: int, cuantas: int) -> list[str]:
    """Recorre la lista de páginas libres (troncos con las hojas que anotan) como la recorrería SQLite al tomar una."""
    vistas: set[int] = set()
    capacidad = util // 4 - 2
    while tronco:
        if not 2 <= tronco <= paginas or tronco in vistas:
            return [traducir("la lista de páginas libres apunta a la página {0}, que no puede ser libre").format(
                tronco)]
        vistas.add(tronco)
        archivo.seek((tronco - 1) * pagina)
        datos = archivo.read(pagina)
        siguiente, hojas = int.from_bytes(datos[0:4], "big"), int.from_bytes(datos[4:8], "big")
        if hojas > capacidad:
            return [traducir("una página de la lista de páginas libres dice tener {0} páginas").format(hojas)]
        for i in range(hojas):
            hoja = int.from_bytes(datos[8 + 4 * i:12 + 4 * i], "big")
            if not 2 <= hoja <= paginas or hoja in vistas:
                return [traducir("la lista de páginas libres apunta a la página {0}, que no puede ser libre").format(
                    hoja)]
            vistas.add(hoja)
        if len(vistas) > cuantas:
            break
        tronco = siguiente
    if len(vistas) != cuantas:
        return [traducir("la cabecera dice {0} páginas libres y la lista tiene {1}").format(cuantas, len(vistas))]
    return []
