"""Tabla de los documentos PDF del programa: fuentes, reglas de PDF/A-2B, qué responde «documento verificar», si
el acta y la resolución siguen siendo PDF/A después de firmarlas (una y dos veces), si el QR se lee a 70 ppp, si la
página de verificación publicada reconoce el archivo y si el PDF está etiquetado (issue 62).

    .venv/bin/python tests/documentos/tabla_de_documentos.py [--carpeta DIR] [--solo TIPO[,TIPO]]

Crea la red de ejemplo («escritorio demo») en una carpeta temporal (o en --carpeta, que debe estar vacía o no
existir), hace cada tipo de documento como en tests/documentos/test_pdfa.py (documentos_de_la_demo.py), los firma
con certificados desechables y corre la CLI (por su entrada, en este proceso) sobre cada archivo. Imprime una
tabla Markdown. No toca ninguna base ni archivo fuera de esa carpeta. Tarda unos minutos.

- «QR a 70 ppp»: cada tipo hecho otra vez en castellano y en portugués, sin y con la dirección pública
  (`asociacion editar --direccion-publica`), leído como en test_qr_se_lee.py (qr_en_la_pagina.faltas_del_documento);
  las firmadas, en castellano sin y con la dirección.
- «Reconocida en la página»: la base con la dirección se publica (`publicar --idiomas es,pt`) y se busca la huella
  SHA-256 del archivo en la página de su código; las firmadas, las de copias_firmadas_de_la_demo.firmar_y_publicar
  (como test_copias_firmadas_en_el_sitio.py), con quién firmó y cuándo.
- «Reglas PDF/UA-1»: cuántas de las reglas de reglas_pdfua.py (las de PDF/UA-1 que se comprueban por máquina)
  cumple, y cuáles no.
- «Etiquetado»: StructTreeRoot, MarkInfo /Marked, DisplayDocTitle y los roles del árbol en orden de lectura
  (lectura_de_etiquetas.recorrer; las familias de tabla y de lista juntas: «Table/TR/TH/TD»).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from html import unescape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import documentos_de_la_demo as demo  # noqa: E402
import pikepdf  # noqa: E402
from copias_firmadas_de_la_demo import DIRECCION, firmar_y_publicar, huellas, sha256  # noqa: E402
from lectura_de_etiquetas import recorrer  # noqa: E402
from qr_en_la_pagina import CODIGO, faltas_del_documento  # noqa: E402
from reglas_pdfa import REGLAS, examinar, fuentes_incrustadas  # noqa: E402
from reglas_pdfua import faltas_pdfua  # noqa: E402

JUEGOS = [(idioma, con) for idioma in ("es", "pt") for con in (False, True)]   # los del QR: idioma, con dirección
FAMILIAS = (("Table", "THead", "TBody", "TFoot", "TR", "TH", "TD"), ("L", "LI", "Lbl", "LBody"))
# Lo que dice una página de verificación reservada (de una clase que no se publica), en castellano; en portugués,
# su traducción.
RESERVADA = ("La asociación no publica lo que dice esta clase de documentos. Quien lo tiene puede comprobar aquí que "
             "su archivo es una copia emitida: su huella SHA-256 tiene que estar en la tabla.")


def celda(texto: str) -> str:
    return " ".join(str(texto).split()).replace("|", "\\|")


def columna_fuentes(contenido: bytes) -> str:
    fuentes = fuentes_incrustadas(contenido)
    if not fuentes:
        return "ninguna"
    faltan = [nombre for nombre, incrustada in fuentes if not incrustada]
    nombres = ", ".join(nombre for nombre, _ in fuentes)
    return f"sí: {nombres}" if not faltan else f"**NO** ({', '.join(faltan)} sin incrustar); {nombres}"


def columna_reglas(contenido: bytes) -> tuple[str, bool]:
    resultado = examinar(contenido)
    fallan = [nombre.split(" ")[0] for nombre, faltas in resultado.items() if faltas]
    texto = f"{len(resultado) - len(fallan)}/{len(resultado)}"
    return (texto if not fallan else f"**{texto}** (fallan {', '.join(fallan)})"), not fallan


def columna_pdfua(ruta: Path) -> str:
    faltas = faltas_pdfua(ruta)
    fallan = [regla.split(" ")[0] for regla, lista in faltas.items() if lista]
    texto = f"{len(faltas) - len(fallan)}/{len(faltas)}"
    return texto if not fallan else f"**{texto}** (fallan {', '.join(fallan)})"


def columna_verificar(carpeta: Path, db: Path, ruta: Path) -> str:
    resultado = demo.cli(carpeta, db, "documento", "verificar", ruta)
    lineas = [x for x in (resultado.stdout or resultado.stderr).splitlines() if x.strip()]
    return f"{celda(lineas[0]) if lineas else '(nada)'} (salida {resultado.returncode})"


def firmas_validas(carpeta: Path, db: Path, ruta: Path) -> str:
    """Lo que dicen el validador de pyHanko (por «firma verificar») y pdfsig (poppler), si está."""
    resultado = demo.cli(carpeta, db, "firma", "verificar", ruta, "--json")
    try:
        informe = json.loads(resultado.stdout)
        cantidad = len(informe["firmas"])
        pyhanko = f"{cantidad} {'firma íntegra' if cantidad == 1 else 'firmas íntegras'}" if informe["integras"] \
            else "**firmas NO íntegras**"
    except (ValueError, KeyError):
        pyhanko = f"«firma verificar» no respondió (salida {resultado.returncode})"
    if shutil.which("pdfsig"):
        salida = subprocess.run(["pdfsig", str(ruta)], capture_output=True, text=True).stdout
        validas = salida.count("Signature is Valid")
        pyhanko += f", pdfsig: {validas} válida{'s' if validas != 1 else ''}"
    return pyhanko


def juego_de_documentos(carpeta: Path, preparada: Path, datos: dict, idioma: str, con_direccion: bool,
                        solo: tuple[str, ...]) -> tuple[Path, dict[str, Path | str]]:
    """Los documentos de `solo` hechos en `idioma` sobre una copia de la base preparada (con la dirección pública, si
    `con_direccion`), en `carpeta`/<idioma>-<sin|con>/. Devuelve (base, {tipo: ruta o error})."""
    destino = carpeta / f"{idioma}-{'con' if con_direccion else 'sin'}"
    destino.mkdir()
    db = destino / "demo.db"
    shutil.copy(preparada, db)
    if con_direccion:
        demo.bien(demo.cli(destino, db, "asociacion", "editar", "--direccion-publica", DIRECCION))
    return db, demo.imprimir_documentos(destino, db, datos, idioma=idioma, solo=solo)


def columna_qr(tipo: str, rutas: dict[tuple[str, bool], Path | str], carpeta: Path) -> str:
    """Si zbarimg lee el QR a 70 ppp y nada pisa su zona en blanco, en cada juego (idioma, con dirección) de `rutas`."""
    bien_leidos, fallas, paginas = [], [], set()
    for (idioma, con), ruta in rutas.items():
        juego = f"{idioma}·{'con' if con else 'sin'}"
        if not isinstance(ruta, Path):
            fallas.append(f"{juego}: no se pudo hacer")
            continue
        faltas = faltas_del_documento(ruta, tipo, DIRECCION if con else None, idioma, carpeta / "imagenes")
        if faltas:
            fallas.append(f"{juego}: {faltas[0]}" + (f" (y {len(faltas) - 1} más)" if len(faltas) > 1 else ""))
            continue
        bien_leidos.append(juego)
        if tipo != "avisos":   # cada aviso de cobro es una carta con su QR
            with pikepdf.open(ruta) as pdf:
                paginas.add(len(pdf.pages))
    if fallas:
        return celda(f"**NO**: {'; '.join(fallas)}" + (f"; sí en {', '.join(bien_leidos)}" if bien_leidos else ""))
    donde = "una por carta" if tipo == "avisos" else f"p. {', '.join(map(str, sorted(paginas)))}"
    return f"sí ({', '.join(bien_leidos)}), {donde}"


def en_la_pagina(sitio: Path, codigo: str, sha: str) -> dict[str, str | None]:
    """Lo que dicen de `sha` las páginas de verificación de `codigo` en castellano y en portugués: {idioma: «no»,
    «reservada», «sí» o, si la página habla de ese archivo en particular (una copia firmada), lo que dice}."""
    from escritorio.dominio.traduccion import traducir
    from escritorio.idiomas.traduccion import en_idioma

    vistos = {}
    for idioma, subcarpeta in (("es", ""), ("pt", "pt/")):
        pagina = sitio / f"{subcarpeta}verificar/{codigo}.html"
        dichos = huellas(pagina) if pagina.exists() else {}
        if sha not in dichos:
            vistos[idioma] = "no"
        elif dichos[sha] is not None:
            vistos[idioma] = dichos[sha]
        else:
            with en_idioma(idioma):
                reservada = traducir(RESERVADA)
            vistos[idioma] = "reservada" if reservada in unescape(pagina.read_text(encoding="utf-8")) else "sí"
    return vistos


def columna_en_la_pagina(carpeta: Path, db: Path, sitio: Path, ruta: Path) -> str:
    """Si la huella del archivo sin firmar está en la página de su código del sitio publicado (la de cada
    documento, en un lote como los avisos de cobro)."""
    resultado = demo.cli(carpeta, db, "documento", "verificar", ruta, "--json")
    try:
        informe = json.loads(resultado.stdout)
    except ValueError:
        return f"«documento verificar» no respondió (salida {resultado.returncode})"
    # Un lote no tiene código propio: los de sus documentos, los que se leen al pie de cada página.
    codigos = [informe["codigo"]] if informe.get("codigo") else list(dict.fromkeys(CODIGO.findall(
        subprocess.run(["pdftotext", str(ruta), "-"], capture_output=True, text=True, check=True).stdout)))
    if not codigos:
        return "sin código"
    sha = sha256(ruta)
    vistos = {visto for codigo in codigos for visto in en_la_pagina(sitio, codigo, sha).values()}
    lote = f", en la página de cada uno de sus {len(codigos)} documentos" if len(codigos) > 1 else ""
    if vistos == {"sí"}:
        return f"sí{lote} (es, pt)"
    if vistos == {"reservada"}:
        return f"reservada (sí, sin datos){lote} (es, pt)"
    return f"**NO** ({', '.join(sorted(vistos))}{lote})"


def columna_firmada_en_la_pagina(publicado: dict, nombre: str) -> str:
    """Si la página del código de una copia firmada (firmar_y_publicar) la reconoce, con quién firmó y cuándo."""
    firmado = publicado["firmados"][nombre]
    firmantes = [f"{quien} ({cargo})" if cargo else quien for quien, cargo in firmado["firmas"]]
    vistos = en_la_pagina(publicado["sitio"], firmado["codigo"], sha256(firmado["ruta"]))
    fallan = [idioma for idioma, dicho in vistos.items()
              if dicho in ("no", "sí", "reservada") or not all(f in dicho for f in firmantes)
              or dicho.count("(UTC)") != len(firmantes)]
    if fallan:
        return celda(f"**NO** ({', '.join(f'{i}: {vistos[i][:80]}' for i in fallan)})")
    return f"sí (es, pt): {'; '.join(firmantes)}, con fecha y hora"


def columna_etiquetado(contenido: bytes) -> str:
    """StructTreeRoot, MarkInfo /Marked, DisplayDocTitle y los roles del árbol, distintos, en orden de lectura."""
    import io

    with pikepdf.open(io.BytesIO(contenido)) as pdf:
        raiz = pdf.Root
        if "/StructTreeRoot" not in raiz:
            return "no"
        faltas = []
        if not bool(raiz.get("/MarkInfo", {}).get("/Marked", False)):
            faltas.append("sin MarkInfo /Marked")
        if not bool(raiz.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False)):
            faltas.append("sin DisplayDocTitle")
        elementos, _, _ = recorrer(pdf)
    roles: dict[str, list[str]] = {}   # {primera de su familia vista: los roles de la familia, en orden}
    for elemento in elementos:
        familia = next((f for f in FAMILIAS if elemento.rol in f), (elemento.rol,))
        clave = next((r for r in roles if r in familia), elemento.rol)
        if elemento.rol not in roles.setdefault(clave, []):
            roles[clave].append(elemento.rol)
    texto = ", ".join("/".join(r) for r in roles.values())
    return f"**incompleto** ({', '.join(faltas)}): {texto}" if faltas else f"sí: {texto}"


def columnas_del_62(nombre: str, ruta: Path, juegos: dict, publicado: dict | None, carpeta: Path) -> list[str]:
    """QR a 70 ppp, reconocida en la página y etiquetado, de un documento de la fila `nombre` (`ruta`: el de la
    carpeta principal). `juegos`: {(idioma, con dirección): (base, {tipo: ruta})}; `publicado`: firmar_y_publicar."""
    etiquetado = columna_etiquetado(ruta.read_bytes())
    if nombre == "recibos_lote":
        return ["— (sin sello: el programa no emite lotes)", "—", etiquetado]
    if nombre in demo.FIRMADOS:   # la firmada de la carpeta principal (sin dirección) y la de firmar_y_publicar
        firmada = publicado["firmados"][nombre]["ruta"] if publicado else "no se firmó"
        qr = columna_qr(nombre, {("es", False): ruta, ("es", True): firmada}, carpeta)
        return [qr, columna_firmada_en_la_pagina(publicado, nombre) if publicado else "—", etiquetado]
    qr = columna_qr(nombre, {juego: hechos.get(nombre, "no se hizo") for juego, (_, hechos) in juegos.items()},
                    carpeta)
    db_con, hechos_con = juegos[("es", True)]
    con = hechos_con.get(nombre)
    pagina = columna_en_la_pagina(db_con.parent, db_con, db_con.parent / "sitio", con) if isinstance(con, Path) \
        else "no se hizo"
    return [qr, pagina, etiquetado]


def main() -> int:
    argumentos = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    argumentos.add_argument("--carpeta", type=Path, help="dónde dejar la demo y los PDF (por omisión, temporal)")
    argumentos.add_argument("--solo", type=lambda v: tuple(t.strip() for t in v.split(",") if t.strip()),
                            metavar="TIPO[,TIPO]",
                            help=f"solo esos tipos (de {', '.join([*demo.TIPOS, *demo.FIRMADOS])})")
    opciones = argumentos.parse_args()
    todos = [*demo.TIPOS, *demo.FIRMADOS]
    solo = tuple(opciones.solo or todos)
    if desconocidos := [t for t in solo if t not in todos]:
        print(f"Tipo desconocido: {', '.join(desconocidos)}. Los tipos son: {', '.join(todos)}.", file=sys.stderr)
        return 2
    # Una firmada necesita el documento del que sale.
    a_imprimir = tuple(dict.fromkeys([*(t for t in solo if t in demo.TIPOS),
                                      *(demo.FIRMADOS[t][0] for t in solo if t in demo.FIRMADOS)]))
    temporal = None
    if opciones.carpeta is None:
        temporal = tempfile.TemporaryDirectory(prefix="tabla-de-documentos-")
        carpeta = Path(temporal.name)
    else:
        carpeta = opciones.carpeta.resolve()
        if carpeta.exists() and any(carpeta.iterdir()):
            print(f"{carpeta} no está vacía: indique una carpeta nueva.", file=sys.stderr)
            return 2
        carpeta.mkdir(parents=True, exist_ok=True)
    try:
        db = demo.crear_demo(carpeta)
        original = carpeta / "demo-original.db"
        shutil.copy(db, original)
        datos = demo.preparar_base(carpeta, db)
        preparada = carpeta / "demo-preparada.db"
        shutil.copy(db, preparada)   # antes de imprimir: los avisos de cobro no se emiten dos veces
        hechos = demo.imprimir_documentos(carpeta, db, datos, solo=a_imprimir)
        con_firma = any(t in demo.FIRMADOS for t in solo)
        firmados = demo.firmar_documentos(carpeta, db) if con_firma else {}
        con_qr = tuple(t for t in a_imprimir if t != "recibos_lote")
        juegos = {(idioma, con): juego_de_documentos(carpeta, preparada, datos, idioma, con, con_qr)
                  for idioma, con in JUEGOS}
        db_con = juegos[("es", True)][0]
        demo.bien(demo.cli(db_con.parent, db_con, "publicar", db_con.parent / "sitio", "--idiomas", "es,pt"))
        publicado = None
        if con_firma:
            (carpeta / "firmadas").mkdir()
            publicado = firmar_y_publicar(carpeta / "firmadas", original)
        print(f"Documentos de la red de ejemplo («escritorio demo»), {len(REGLAS)} reglas de PDF/A-2B comprobadas "
              "(tests/documentos/reglas_pdfa/). QR a 70 ppp en castellano (es) y portugués (pt), sin y con la "
              f"dirección pública {DIRECCION}; página de verificación del sitio publicado con esa dirección.\n")
        print("| Documento | Fuentes incrustadas | Reglas PDF/A-2B | Reglas PDF/UA-1 | `documento verificar` "
              "| Firmado y sigue PDF/A | QR a 70 ppp | Reconocida en la página | Etiquetado |")
        print("|---|---|---|---|---|---|---|---|---|")
        filas = [(nombre, titulo, hechos.get(nombre, "no se hizo")) for nombre, titulo in demo.TIPOS.items()]
        filas += [(nombre, titulo, firmados.get(nombre, "no se hizo")) for nombre, (_, titulo) in demo.FIRMADOS.items()]
        for nombre, titulo, ruta in filas:
            if nombre not in solo:
                continue
            if not isinstance(ruta, Path):
                print(f"| {titulo} | — | — | — | no se pudo hacer: {celda(ruta)[:150]} | — | — | — | — |")
                continue
            contenido = ruta.read_bytes()
            reglas, _ = columna_reglas(contenido)
            firmado = "—"
            versiones = [(n, r) for n, (origen, _) in demo.FIRMADOS.items() if origen == nombre and n in solo
                         for r in [firmados.get(n)]]
            if versiones:
                partes = []
                for n, r in versiones:
                    if not isinstance(r, Path):
                        partes.append(f"{demo.FIRMADOS[n][1]}: no se pudo firmar")
                        continue
                    texto, pasa = columna_reglas(r.read_bytes())
                    partes.append(f"{'sí' if pasa else '**NO**'} con {n[-1]} firma{'s' if n[-1] != '1' else ''} "
                                  f"({texto}; {firmas_validas(carpeta, db, r)})")
                firmado = "; ".join(partes)
            elif nombre in demo.FIRMADOS:
                _, pasa = columna_reglas(contenido)
                firmado = f"{'sí' if pasa else '**NO**'} ({firmas_validas(carpeta, db, ruta)})"
            nuevas = " | ".join(columnas_del_62(nombre, ruta, juegos, publicado, carpeta))
            print(f"| {titulo} | {columna_fuentes(contenido)} | {reglas} | {columna_pdfua(ruta)} "
                  f"| {columna_verificar(carpeta, db, ruta)} "
                  f"| {firmado} | {nuevas} |")
        return 0
    finally:
        if temporal is not None:
            temporal.cleanup()


if __name__ == "__main__":
    sys.exit(main())
