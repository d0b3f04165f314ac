"""El voto en la sala por el teléfono: la página que sirve la computadora de la secretaría en la red de la oficina.

Una cara más del programa, como la ventana y la línea de órdenes, pero para los teléfonos de las delegaciones: no
decide nada (cada voto lo deposita `servicios.voto_electronico`) y las dos caras la arrancan igual
(`servidor.ServidorDeVoto`). Sus partes, una por tarea: qué direcciones se admiten (`direccion`), el certificado
autofirmado y su huella (`certificado`), el límite de intentos por teléfono (`ritmo`), el HTML (`paginas`), la
aplicación ASGI con Starlette (`aplicacion`) y uvicorn en un hilo (`servidor`).
"""
